using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// Q3 of the statistics issue: a rollup by (region, year) — up to 1,200 (region, year) groups, 120 region subtotals
/// and the grand total — with the four measures of <see cref="StatisticsQ1Benchmarks"/>. Naive LINQ (the baseline)
/// groups three times; the dictionary loop groups once and rolls the groups up; SQLite, which has no <c>ROLLUP</c>,
/// runs the three levels as <c>UNION ALL</c>; DuckDB runs <c>GROUP BY ROLLUP</c>; the columnar engine runs
/// <see cref="ColumnarStatistics.Q3"/>.
/// </summary>
public class StatisticsQ3Benchmarks : StatisticsBenchmarks
{
    private const string SqliteSql = """
        SELECT region, year, COUNT(*), SUM(persons), SUM(organizations), SUM(typical_cases) FROM facts GROUP BY region, year
        UNION ALL
        SELECT region, NULL, COUNT(*), SUM(persons), SUM(organizations), SUM(typical_cases) FROM facts GROUP BY region
        UNION ALL
        SELECT NULL, NULL, COUNT(*), SUM(persons), SUM(organizations), SUM(typical_cases) FROM facts
        """;

    private const string DuckDbSql = """
        SELECT region, year, COUNT(*), CAST(SUM(persons) AS BIGINT), CAST(SUM(organizations) AS BIGINT), CAST(SUM(typical_cases) AS BIGINT)
        FROM facts
        GROUP BY ROLLUP (region, year)
        """;

    /// <inheritdoc />
    protected override int Levels => 3;

    /// <inheritdoc />
    [Benchmark(Baseline = true)]
    public override StatisticsDigest NaiveLinqGroupBy()
    {
        var byRegionYear = Facts
            .GroupBy(f => (f.Region, f.Year))
            .Select(g => new { g.Key, Entries = g.Count(), Persons = g.Sum(f => f.Persons), Organizations = g.Sum(f => f.Organizations), TypicalCases = g.Sum(f => f.TypicalCases) })
            .ToList();
        var byRegion = Facts
            .GroupBy(f => f.Region)
            .Select(g => new { g.Key, Entries = g.Count(), Persons = g.Sum(f => f.Persons), Organizations = g.Sum(f => f.Organizations), TypicalCases = g.Sum(f => f.TypicalCases) })
            .ToList();
        var total = new { Entries = Facts.Count, Persons = Facts.Sum(f => f.Persons), Organizations = Facts.Sum(f => f.Organizations), TypicalCases = Facts.Sum(f => f.TypicalCases) };

        var digest = byRegionYear.Aggregate(default(StatisticsDigest), (d, g) => d.Add(g.Entries, g.Persons, g.Organizations, g.TypicalCases));
        digest = byRegion.Aggregate(digest, (d, g) => d.Add(g.Entries, g.Persons, g.Organizations, g.TypicalCases));
        return digest.Add(total.Entries, total.Persons, total.Organizations, total.TypicalCases);
    }

    /// <inheritdoc />
    [Benchmark]
    public override StatisticsDigest DictionaryLoop()
    {
        var groups = new Dictionary<(ushort Region, short Year), StatisticsAccumulator>();
        foreach (ref readonly var row in Structs.AsSpan())
        {
            CollectionsMarshal.GetValueRefOrAddDefault(groups, (row.Region, row.Year), out _).Add(row);
        }

        var digest = default(StatisticsDigest);
        var regions = new Dictionary<ushort, StatisticsAccumulator>();
        var total = default(StatisticsAccumulator);
        foreach (var (key, group) in groups)
        {
            digest = group.AddTo(digest);
            CollectionsMarshal.GetValueRefOrAddDefault(regions, key.Region, out _).Add(group);
            total.Add(group);
        }

        foreach (var region in regions.Values)
        {
            digest = region.AddTo(digest);
        }

        return total.AddTo(digest);
    }

    /// <inheritdoc />
    [Benchmark]
    public override StatisticsDigest SqliteGroupBy() => Query(Sqlite, SqliteSql, firstMeasure: 2);

    /// <inheritdoc />
    [Benchmark]
    public override StatisticsDigest DuckDbGroupBy() => Query(DuckDb, DuckDbSql, firstMeasure: 2);

    /// <inheritdoc />
    [Benchmark]
    public override StatisticsDigest ColumnarEngine() => ColumnarStatistics.Run(Table, ColumnarStatistics.Q3);
}
