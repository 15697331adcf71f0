using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// Q1 of the statistics issue: group the synthetic accountability facts by (region, year, form) — up to 120 × 10 × 6
/// groups — with four measures: entries, person-times (sum of Persons), organisation entries (sum of Organizations) and
/// typical cases (sum of TypicalCases). Five methods over the same data, each loaded once in its own form (see
/// <see cref="StatisticsBenchmarks"/>); the baseline is naive LINQ over objects.
/// </summary>
public class StatisticsQ1Benchmarks : StatisticsBenchmarks
{
    /// <summary>The same SQL for SQLite and DuckDB (the casts only make DuckDB's HUGEINT sums readable as 64-bit integers).</summary>
    private const string Sql = """
        SELECT region, year, form, COUNT(*), CAST(SUM(persons) AS BIGINT), CAST(SUM(organizations) AS BIGINT), CAST(SUM(typical_cases) AS BIGINT)
        FROM facts
        GROUP BY region, year, form
        """;

    /// <inheritdoc />
    [Benchmark(Baseline = true)]
    public override StatisticsDigest NaiveLinqGroupBy() =>
        Facts
            .GroupBy(f => (f.Region, f.Year, f.Form))
            .Select(g => new { g.Key, Entries = g.Count(), Persons = g.Sum(f => f.Persons), Organizations = g.Sum(f => f.Organizations), TypicalCases = g.Sum(f => f.TypicalCases) })
            .ToList()
            .Aggregate(default(StatisticsDigest), (digest, g) => digest.Add(g.Entries, g.Persons, g.Organizations, g.TypicalCases));

    /// <inheritdoc />
    [Benchmark]
    public override StatisticsDigest DictionaryLoop()
    {
        var groups = new Dictionary<(ushort Region, short Year, byte Form), StatisticsAccumulator>();
        foreach (ref readonly var row in Structs.AsSpan())
        {
            CollectionsMarshal.GetValueRefOrAddDefault(groups, (row.Region, row.Year, row.Form), out _).Add(row);
        }

        var digest = default(StatisticsDigest);
        foreach (var group in groups.Values)
        {
            digest = group.AddTo(digest);
        }

        return digest;
    }

    /// <inheritdoc />
    [Benchmark]
    public override StatisticsDigest SqliteGroupBy() => Query(Sqlite, Sql, firstMeasure: 3);

    /// <inheritdoc />
    [Benchmark]
    public override StatisticsDigest DuckDbGroupBy() => Query(DuckDb, Sql, firstMeasure: 3);

    /// <inheritdoc />
    [Benchmark]
    public override StatisticsDigest ColumnarEngine() => ColumnarStatistics.Run(Table, ColumnarStatistics.Q1);
}
