using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Queryable;
using AccountabilityKit.Statistics.Tests.TestSupport;
using CsCheck;

namespace AccountabilityKit.Statistics.Tests.Aggregation;

/// <summary>Reconciliation of <see cref="StatTable"/>s from every engine: totals, rollup levels and distinct counts.</summary>
public sealed class StatTableReconciliationTests
{
    private static readonly StatRequest Request = new()
    {
        Dimensions = [FactField.Region, FactField.Year, FactField.Form],
        Measures =
        [
            StatMeasure.Count(), StatMeasure.Sum(FactField.Persons), StatMeasure.DistinctCount(FactField.Person),
            StatMeasure.ShareOfTotal(StatMeasure.Count()), StatMeasure.DistinctCount(FactField.Case),
        ],
        Rollup = true,
    };

    public static TheoryData<string> Engines => ["linq", "columnar", "queryable"];

    private static StatTable Run(string engine, List<AccountabilityFact> facts)
    {
        switch (engine)
        {
            case "linq":
                return LinqStatExecutor.Execute(facts, Request);
            case "queryable":
                return QueryableStatExecutor.Execute(facts.AsQueryable(), Request);
            default:
                var table = new FactTable();
                table.AppendRange(facts);
                return ColumnarStatExecutor.Execute(table, Request);
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void Rollup_EveryLevel_SumsToTheGrandTotalAndEachSubtotalToItsChildren(string engine)
    {
        RandomStats.Facts.Sample(facts =>
        {
            var result = Run(engine, facts);
            var total = result.GrandTotal!;
            total[0].Should().Be(facts.Count);

            for (var level = 1; level <= 3; level++)
            {
                var rows = result.Rows.Where(r => r.Level == level).ToList();
                rows.Sum(r => r[0]).Should().Be(total[0], "level {0} entries add up to the grand total", level);
                rows.Sum(r => r[1]).Should().Be(total[1], "level {0} person-times add up to the grand total", level);
                rows.Sum(r => r[3] ?? 0).Should().BeApproximately(total[0] == 0 ? 0 : 1m, rows.Count * 0.0001m, "shares add up to 1 within rounding");
            }

            foreach (var parent in result.Rows.Where(r => r.Level is 1 or 2))
            {
                var children = result.Rows.Where(r => r.Level == parent.Level + 1 && r.Keys.Take(parent.Level).SequenceEqual(parent.Keys.Take(parent.Level))).ToList();
                children.Sum(r => r[0]).Should().Be(parent[0]);
                children.Sum(r => r[1]).Should().Be(parent[1]);
                parent[2]!.Value.Should().BeLessThanOrEqualTo(children.Sum(r => r[2]) ?? 0, "a distinct count is at most the sum of its parts");
                parent[2]!.Value.Should().BeGreaterThanOrEqualTo(children.Max(r => r[2]) ?? 0, "and at least its largest part");
            }

            result.Rows.Should().OnlyContain(r => r[2] <= r[0] && r[4] <= r[0], "a distinct count never exceeds the entry count");
        }, iter: 60);
    }
}
