using System.Collections.Immutable;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using CsCheck;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.Columnar;

public sealed class ColumnarStatExecutorTests
{
    private static readonly OrgUnitId[] Units = [City, CountyA, CountyB, BureauA, TownA, BureauB];

    private static readonly StatMeasure[] AllMeasures =
    [
        StatMeasure.Count(),
        .. FactFields.Numerics.SelectMany(f => new[] { StatMeasure.Sum(f), StatMeasure.Min(f), StatMeasure.Max(f) }),
        .. FactFields.Dimensions.Select(StatMeasure.DistinctCount),
    ];

    private static AccountabilityFact MakeFact(int[] r)
    {
        var unit = Units[r[0] % Units.Length];
        return new AccountabilityFact
        {
            CaseId = $"C{r[1] % 12}",
            Region = new AccountabilityFactProjection(Tree).RegionOf(unit),
            Unit = unit,
            UnitKind = Tree[unit].Kind,
            Quarter = new AssessmentQuarter(2020, 1).Plus(r[2] % 12),
            SubjectKind = (SubjectKind)(r[3] % 2),
            Form = (AccountabilityForm)(r[4] % 6),
            Adjustment = r[5] % 3 == 0 ? null : (OrganizationalAdjustmentKind)(r[5] % 5),
            Sanction = r[6] % 4 == 0 ? (DisciplinarySanction)(r[6] % 5) : null,
            Responsibility = r[7] % 4 == 3 ? null : (Accountability.Responsibilities.LeadershipResponsibility)(r[7] % 3),
            Circumstance = r[8] % 5 == 0 ? null : (Circumstance)(r[8] % 11),
            IsTypical = r[9] % 3 == 0,
            NoticeBatch = r[9] % 3 == 0 ? $"B{r[10] % 3}" : null,
            Person = r[11] % 4 == 0 ? null : new PersonId($"P{r[11] % 7}"),
            Persons = r[12] % 3,
            Organizations = r[13] % 2,
            Cases = r[14] % 2,
            Subjects = r[15] % 5,
            TypicalCases = r[16] % 2,
        };
    }

    private static readonly Gen<List<AccountabilityFact>> GenFacts = Gen.Int[0, 1000].Array[17].Select(MakeFact).List[0, 200];

    private static Gen<StatRequest> GenRequest(List<AccountabilityFact> facts) =>
        Gen.Select(
            Gen.Int[0, FactFields.Dimensions.Count - 1].Array[0, 4],
            Gen.Int[0, AllMeasures.Length - 1].Array[1, 5],
            Gen.Int[0, 14].Array[4],
            Gen.Int[0, FactFields.Dimensions.Count - 1].Array[0, 2],
            Gen.Int[0, 1000].Array[3],
            Gen.Bool,
            (dims, measures, period, filterDims, filterPicks, total) => new StatRequest
            {
                Dimensions = [.. dims.Select(i => FactFields.Dimensions[i]).Distinct()],
                Measures = [.. measures.Select(i => AllMeasures[i])],
                From = period[0] < 12 ? new AssessmentQuarter(2020, 1).Plus(period[0]) : null,
                To = period[1] < 12 ? new AssessmentQuarter(2020, 1).Plus(Math.Max(period[1], period[0] < 12 ? period[0] : 0)) : null,
                Scope = period[2] < Units.Length ? DataScope.Subtree(Tree, Units[period[2]]) : null,
                Filters = [.. filterDims.Select((d, k) => new DimensionFilter(
                    FactFields.Dimensions[d],
                    [.. facts.Count == 0 ? ["none"] : facts.Where((_, i) => (i + filterPicks[k]) % 3 == 0).Select(f => FactValues.Text(f, FactFields.Dimensions[d])).Distinct()]))],
                IncludeGrandTotal = total,
            });

    private static List<string> Render(StatTable table) => [.. table.Rows.Select(r => r.ToString())];

    [Fact]
    public void Execute_RandomFactsAndRequests_EqualsTheLinqReferenceExactly()
    {
        GenFacts.SelectMany(facts => GenRequest(facts).Select(request => (facts, request))).Sample(t =>
        {
            var table = new FactTable();
            table.AppendRange(t.facts);

            var fast = ColumnarStatExecutor.Execute(table, t.request);
            var reference = LinqStatExecutor.Execute(t.facts, t.request);

            Render(fast).Should().Equal(Render(reference));
            fast.Columns.Should().Equal(reference.Columns);
        }, iter: 300);
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

        Render(ColumnarStatExecutor.Execute(table, request)).Should().Equal("Cadre => 4,6,0", "Organization => 2,0,1");
    }
}
