namespace AccountabilityKit.Benchmarks;

/// <summary>
/// One synthetic accountability fact as a compact struct (24 bytes): the form a careful user loads for a hand-written
/// aggregation loop, and the source every other form (fact objects, SQLite, DuckDB, <c>FactTable</c>) is built from.
/// Codes index the tables of <see cref="SyntheticAccountabilityFacts"/>.
/// </summary>
internal struct AccountabilityFactRow
{
    /// <summary>Case number; the rows of one case are contiguous.</summary>
    public int Case;

    /// <summary>Person number, or -1 on an organisation entry.</summary>
    public int Person;

    /// <summary>Region code, 0 to <see cref="SyntheticAccountabilityFacts.Regions"/> - 1.</summary>
    public ushort Region;

    /// <summary>Unit code, 0 to <see cref="SyntheticAccountabilityFacts.Units"/> - 1 (each unit in exactly one region).</summary>
    public ushort Unit;

    /// <summary>Calendar year, e.g. 2021.</summary>
    public short Year;

    /// <summary>Quarter 1–4.</summary>
    public byte Quarter;

    /// <summary>The <c>AccountabilityForm</c> value.</summary>
    public byte Form;

    /// <summary>The <c>SubjectKind</c> value.</summary>
    public byte SubjectKind;

    /// <summary>Notice batch 1–40 of a typical case, 0 when none.</summary>
    public byte Batch;

    /// <summary>Index into the adjustment or sanction kinds (by form), the responsibility and the circumstance.</summary>
    public byte Detail;

    /// <summary>1 when the case is a typical case circulated.</summary>
    public byte IsTypical;

    /// <summary>1 on a leading-cadre entry.</summary>
    public byte Persons;

    /// <summary>1 on a Party-organisation entry.</summary>
    public byte Organizations;

    /// <summary>1 on the first row of a typical case.</summary>
    public byte TypicalCases;

    /// <summary>1 on the first row of a case.</summary>
    public byte Cases;
}
