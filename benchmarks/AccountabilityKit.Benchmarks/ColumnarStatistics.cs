using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// The ONE place where the statistics benchmarks touch the public API of <c>AccountabilityKit.Statistics</c>: the
/// three requests, loading a <see cref="FactTable"/>, running <see cref="ColumnarStatExecutor"/> and reading the
/// result into a <see cref="StatisticsDigest"/>. Adapt here when the API changes.
/// </summary>
internal static class ColumnarStatistics
{
    /// <summary>Q1: by region, year and form; entries, person-times, organisation entries, typical cases.</summary>
    public static readonly StatRequest Q1 = Request(FactField.Region, FactField.Year, FactField.Form);

    /// <summary>Q2: by year, the same measures.</summary>
    public static readonly StatRequest Q2 = Request(FactField.Year);

    /// <summary>Q3: the rollup by (region, year): per-region subtotals and a grand total, in one request.</summary>
    public static readonly StatRequest Q3 = Request(FactField.Region, FactField.Year) with { Rollup = true };

    /// <summary>
    /// The columns the benchmark's table keeps: the dimensions a city's statistics group and filter by (region, unit,
    /// year, quarter, subject kind, form, responsibility); case and person ids — needed only for distinct counts — are
    /// left out, as <see cref="FactTableOptions"/> allows.
    /// </summary>
    public static readonly FactTableOptions Options = new()
    {
        Dimensions = [FactField.Region, FactField.Unit, FactField.Year, FactField.Quarter, FactField.SubjectKind, FactField.Form, FactField.Responsibility],
    };

    /// <summary>Loads the facts into a new table (validated, dictionary-encoded).</summary>
    public static FactTable Load(List<AccountabilityFact> facts)
    {
        var table = new FactTable(Options);
        table.AppendRange(facts);
        return table;
    }

    /// <summary>Bytes per row of the table's columns (code widths of the stored dimensions and numeric widths; dictionaries excluded).</summary>
    public static int BytesPerRow(FactTable table) => table.BytesPerRow;

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

    private static long Value(StatRow row, int measure) => checked((long)(row.Values[measure] ?? 0m));

    private static StatRequest Request(params FactField[] dimensions) => new()
    {
        Dimensions = [.. dimensions],
        Measures = [StatMeasure.Count(), StatMeasure.Sum(FactField.Persons), StatMeasure.Sum(FactField.Organizations), StatMeasure.Sum(FactField.TypicalCases)],
    };
}
