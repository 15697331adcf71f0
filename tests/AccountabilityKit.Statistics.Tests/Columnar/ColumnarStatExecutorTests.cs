using System.Collections.Immutable;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using AccountabilityKit.Statistics.Tests.TestSupport;
using CsCheck;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.Columnar;

public sealed class ColumnarStatExecutorTests
{
    private static readonly Gen<List<AccountabilityFact>> GenFacts = RandomStats.Facts;

    private static List<string> Render(StatTable table) => RandomStats.Render(table);

    [Fact]
    public void Execute_RandomFactsAndRequests_EqualsTheLinqReferenceExactly()
    {
        RandomStats.FactsAndRequests.Sample(t =>
        {
            var table = new FactTable();
            table.AppendRange(t.Facts);

            var fast = ColumnarStatExecutor.Execute(table, t.Request);
            var reference = LinqStatExecutor.Execute(t.Facts, t.Request);

            Render(fast).Should().Equal(Render(reference));
            fast.Columns.Should().Equal(reference.Columns);
        }, iter: 400);
    }

    [Fact]
    public void Execute_RandomFacts_GroupsReconcileWithTheGrandTotal()
    {
        GenFacts.Sample(facts =>
        {
            var table = new FactTable();
            table.AppendRange(facts);
            var request = new StatRequest
            {
                Dimensions = [FactField.Region, FactField.Form],
                Measures = [StatMeasure.Count(), StatMeasure.Sum(FactField.Persons), StatMeasure.DistinctCount(FactField.Person)],
                IncludeGrandTotal = true,
            };

            var result = ColumnarStatExecutor.Execute(table, request);

            result.GrandTotal![0].Should().Be(facts.Count);
            result.Groups.Sum(r => r[0]).Should().Be(result.GrandTotal[0]);
            result.Groups.Sum(r => r[1]).Should().Be(result.GrandTotal[1]);
            result.Rows.Should().OnlyContain(r => r[2] <= r[0], "a distinct count never exceeds the entry count");
        }, iter: 100);
    }

    [Fact]
    public void Execute_HighCardinalityDimensions_UsesHashIndexAndStillMatchesReference()
    {
        // Six dimensions with ~3,000 distinct values each: the radix product overflows a long, forcing re-numbering.
        var facts = Enumerable.Range(0, 3000).Select(i => Fact($"C{i}") with
        {
            Region = new OrgUnitId($"R{i}"),
            Unit = new OrgUnitId($"U{(i * 7) % 3000}"),
            NoticeBatch = $"B{i % 2999}",
            Person = new PersonId($"P{i % 2000}"),
            Quarter = new AssessmentQuarter(1990, 1).Plus(i % 160),
        }).ToList();
        var table = new FactTable();
        table.AppendRange(facts);
        var request = new StatRequest
        {
            Dimensions = [FactField.Case, FactField.Region, FactField.Unit, FactField.NoticeBatch, FactField.Person, FactField.Quarter],
            Measures = [StatMeasure.Count(), StatMeasure.DistinctCount(FactField.Person)],
            IncludeGrandTotal = true,
        };

        var fast = ColumnarStatExecutor.Execute(table, request);

        Render(fast).Should().Equal(Render(LinqStatExecutor.Execute(facts, request)));
        fast.Rows.Should().HaveCount(3001);
        fast.GrandTotal!.Values.Should().Equal(3000, 2000);
    }

    [Fact]
    public void Execute_ProjectedCases_MatchesTheHeadlineFigures()
    {
        var facts = new AccountabilityFactProjection(Tree).ProjectAll([Case("A", typical: true, batch: "2021-1"), Case("B")]);
        var table = new FactTable();
        table.AppendRange(facts);
        var request = new StatRequest
        {
            Dimensions = [FactField.SubjectKind],
            Measures = [StatMeasure.Sum(FactField.Subjects), StatMeasure.Sum(FactField.Persons), StatMeasure.Sum(FactField.TypicalCases)],
        };

        Render(ColumnarStatExecutor.Execute(table, request)).Should().Equal("Cadre => 4,4,0", "Organization => 2,0,1");
    }

    [Fact]
    public void Execute_LargeTableSplitIntoPerCorePartials_EqualsTheLinqReference()
    {
        // 150,000 rows: enough for one partial per core (at least 65,536 rows each) on a multi-core machine.
        var random = new Random(20211);
        var facts = Enumerable.Range(0, 150_000).Select(_ => RandomStats.MakeFact([.. Enumerable.Range(0, 17).Select(_ => random.Next(1000))])).ToList();
        var table = new FactTable();
        table.AppendRange(facts);
        var request = new StatRequest
        {
            Dimensions = [FactField.Region, FactField.Year, FactField.Form],
            Measures =
            [
                StatMeasure.Count(), StatMeasure.Sum(FactField.Persons), StatMeasure.Sum(FactField.Subjects), StatMeasure.Min(FactField.Subjects),
                StatMeasure.Max(FactField.Persons), StatMeasure.DistinctCount(FactField.Person), StatMeasure.ShareOfTotal(StatMeasure.Count()),
            ],
            Filters = [new DimensionFilter(FactField.SubjectKind, ["Cadre"])],
            Rollup = true,
        };

        Render(ColumnarStatExecutor.Execute(table, request)).Should().Equal(Render(LinqStatExecutor.Execute(facts, request)));
    }
}
