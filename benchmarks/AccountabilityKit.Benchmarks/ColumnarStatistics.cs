using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// The ONE place where the statistics benchmarks touch the public API of <c>AccountabilityKit.Statistics</c>: the
/// three requests, loading a <see cref="FactTable"/>, running <see cref="ColumnarStatExecutor"/> and reading the
/// result into a <see cref="StatisticsDigest"/>. Adapt here when the API changes (e.g. <see cref="StatRow.Values"/>
/// becoming <c>decimal?</c>, or rollups landing: see <see cref="Q3"/>).
/// </summary>
internal static class ColumnarStatistics
{
    /// <summary>Q1: by region, year and form; entries, person-times, organisation entries, typical cases.</summary>
    public static readonly StatRequest Q1 = Request(FactField.Region, FactField.Year, FactField.Form);

    /// <summary>Q2: by year, the same measures.</summary>
    public static readonly StatRequest Q2 = Request(FactField.Year);

    /// <summary>
    /// Q3: the rollup by (region, year) with per-region subtotals and a grand total, as per-level requests until the
    /// engine has rollups: (region, year), then region with the grand total. At merge with rollups, replace this by a
    /// single request <c>Request(FactField.Region, FactField.Year) with { Rollup = true }</c>.
    /// </summary>
    public static readonly StatRequest[] Q3 =
    [
        Request(FactField.Region, FactField.Year),
        Request(FactField.Region) with { IncludeGrandTotal = true },
    ];

    /// <summary>Loads the facts into a new table (validated, dictionary-encoded).</summary>
    public static FactTable Load(List<AccountabilityFact> facts)
    {
        var table = new FactTable();
        table.AppendRange(facts);
        return table;
    }

    /// <summary>Bytes per row of the table's columns: the code width of every dimension plus 4 per numeric field (dictionaries excluded).</summary>
    public static int BytesPerRow(FactTable table) =>
        FactFields.Dimensions.Sum(table.CodeWidthOf) + (FactFields.Numerics.Count * sizeof(int));

    /// <summary>Runs the requests and digests every row of their results.</summary>
    public static StatisticsDigest Run(FactTable table, params ReadOnlySpan<StatRequest> requests)
    {
        var digest = default(StatisticsDigest);
        foreach (var request in requests)
        {
            foreach (var row in ColumnarStatExecutor.Execute(table, request).Rows)
            {
                digest = digest.Add(Value(row, 0), Value(row, 1), Value(row, 2), Value(row, 3));
            }
        }

        return digest;
    }

    private static long Value(StatRow row, int measure) => row.Values[measure] ?? 0;

    private static StatRequest Request(params FactField[] dimensions) => new()
    {
        Dimensions = [.. dimensions],
        Measures = [StatMeasure.Count(), StatMeasure.Sum(FactField.Persons), StatMeasure.Sum(FactField.Organizations), StatMeasure.Sum(FactField.TypicalCases)],
    };
}
