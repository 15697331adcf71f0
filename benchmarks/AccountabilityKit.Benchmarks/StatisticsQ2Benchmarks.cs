using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// Q2 of the statistics issue: group the synthetic accountability facts by year (10 groups) with the four measures of
/// <see cref="StatisticsQ1Benchmarks"/>. Five methods over the same data, each loaded once in its own form (see
/// <see cref="StatisticsBenchmarks"/>); the baseline is naive LINQ over objects.
/// </summary>
public class StatisticsQ2Benchmarks : StatisticsBenchmarks
{
    /// <summary>The same SQL for SQLite and DuckDB.</summary>
    private const string Sql = """
        SELECT year, COUNT(*), CAST(SUM(persons) AS BIGINT), CAST(SUM(organizations) AS BIGINT), CAST(SUM(typical_cases) AS BIGINT)
        FROM facts
        GROUP BY year
        """;

    /// <inheritdoc />
    [Benchmark(Baseline = true)]
    public override StatisticsDigest NaiveLinqGroupBy() =>
        Facts
            .GroupBy(f => f.Year)
            .Select(g => new { g.Key, Entries = g.Count(), Persons = g.Sum(f => f.Persons), Organizations = g.Sum(f => f.Organizations), TypicalCases = g.Sum(f => f.TypicalCases) })
            .ToList()
            .Aggregate(default(StatisticsDigest), (digest, g) => digest.Add(g.Entries, g.Persons, g.Organizations, g.TypicalCases));

    /// <inheritdoc />
    [Benchmark]
    public override StatisticsDigest DictionaryLoop()
    {
        var groups = new Dictionary<short, StatisticsAccumulator>();
        foreach (ref readonly var row in Structs.AsSpan())
        {
            CollectionsMarshal.GetValueRefOrAddDefault(groups, row.Year, out _).Add(row);
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
    public override StatisticsDigest SqliteGroupBy() => Query(Sqlite, Sql, firstMeasure: 1);

    /// <inheritdoc />
    [Benchmark]
    public override StatisticsDigest DuckDbGroupBy() => Query(DuckDb, Sql, firstMeasure: 1);

    /// <inheritdoc />
    [Benchmark]
    public override StatisticsDigest ColumnarEngine() => ColumnarStatistics.Run(Table, ColumnarStatistics.Q2);
}
