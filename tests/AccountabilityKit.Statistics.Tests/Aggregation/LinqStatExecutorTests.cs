using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Tests.TestSupport;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.Aggregation;

public sealed class LinqStatExecutorTests
{
    private static readonly AccountabilityFactProjection Projection = new(Tree);

    /// <summary>Three cases: two typical in batch 2021-1 (one in Q2, one in Q3), one ordinary in 2022; P1 is in all three.</summary>
    private static readonly IReadOnlyList<AccountabilityFact> Facts = Projection.ProjectAll(
    [
        Case("A", typical: true, batch: "2021-1"),
        Case("B", typical: true, batch: "2021-1", decided: new LocalDate(2021, 8, 1)),
        Case("C", decided: new LocalDate(2022, 1, 3)),
    ]);

    [Fact]
    public void Execute_HeadlineFigures_FollowTheCountingRules()
    {
        var request = new StatRequest
        {
            Measures =
            [
                StatMeasure.Count(), StatMeasure.Sum(FactField.Cases), StatMeasure.DistinctCount(FactField.Case),
                StatMeasure.Sum(FactField.Persons), StatMeasure.DistinctCount(FactField.Person),
                StatMeasure.Sum(FactField.Organizations), StatMeasure.Sum(FactField.TypicalCases), StatMeasure.DistinctCount(FactField.NoticeBatch),
            ],
        };

        var total = LinqStatExecutor.Execute(Facts, request).Rows.Should().ContainSingle().Subject;

        total.IsGrandTotal.Should().BeTrue();
        total.Values.Should().Equal(12, 3, 3, 6, 2, 3, 2, 1); // person-times: P1 and P2 once per case (P2 under its heaviest form)
    }

    [Fact]
    public void Execute_CadresHeldToAccount_AreSubjectsFilteredToCadres()
    {
        var request = new StatRequest
        {
            Dimensions = [FactField.Year],
            Measures = [StatMeasure.Sum(FactField.Subjects)],
            Filters = [new DimensionFilter(FactField.SubjectKind, ["Cadre"])],
        };

        var table = LinqStatExecutor.Execute(Facts, request);

        table.Rows.Select(r => (r.Keys[0], r[0])).Should().Equal(("2021", 4L), ("2022", 2L));
    }

    [Fact]
    public void Execute_ByFormWithGrandTotal_FormRowsSumToTheTotal()
    {
        var request = new StatRequest
        {
            Dimensions = [FactField.Form],
            Measures = [StatMeasure.Sum(FactField.Persons), StatMeasure.Count()],
            IncludeGrandTotal = true,
        };

        var table = LinqStatExecutor.Execute(Facts, request);

        table.Rows.Select(r => r.ToString()).Should().Equal(
            "Admonishment => 3,6", // P2 counts once per case, under its heavier organisational adjustment
            "CirculatedNotice => 0,3",
            "OrganizationalAdjustment => 3,3",
            "TOTAL ∅ => 6,12");
        table.Groups.Sum(r => r[0]).Should().Be(table.GrandTotal![0]);
    }

    [Fact]
    public void Execute_PeriodAndScopeFilters_KeepOnlyMatchingRows()
    {
        var request = new StatRequest
        {
            Dimensions = [FactField.Quarter, FactField.Unit],
            Measures = [StatMeasure.Count()],
            From = AssessmentQuarter.Parse("2021Q3"),
            To = AssessmentQuarter.Parse("2021Q4"),
            Scope = DataScope.Subtree(Tree, TownA),
        };

        var table = LinqStatExecutor.Execute(Facts, request);

        table.Rows.Select(r => r.ToString()).Should().Equal("2021Q3|RG-T1 => 2");
    }

    [Fact]
    public void Execute_NullFilterValue_MatchesAbsentValues()
    {
        var request = new StatRequest
        {
            Measures = [StatMeasure.Count()],
            Filters = [new DimensionFilter(FactField.Person, [null])],
        };

        LinqStatExecutor.Execute(Facts, request).Rows.Single()[0].Should().Be(3, "the three organisation entries have no person");
    }

    [Fact]
    public void Execute_NoRows_MinIsAbsentAndCountsAreZero()
    {
        var request = new StatRequest { Measures = [StatMeasure.Count(), StatMeasure.Min(FactField.Persons), StatMeasure.DistinctCount(FactField.Case)] };

        LinqStatExecutor.Execute([], request).Rows.Single().Values.Should().Equal(0, null, 0);
    }

    [Fact]
    public void Execute_InvalidRequest_ThrowsWithReport()
    {
        var act = () => LinqStatExecutor.Execute(Facts, new StatRequest());

        act.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly((StatisticsIssueCodes.NoMeasure, "$.measures"));
    }

    [Fact]
    public void Execute_ShareOfTotalAndRatio_AreFractionsWithFourDecimals()
    {
        var request = new StatRequest
        {
            Dimensions = [FactField.Form],
            Measures =
            [
                StatMeasure.Count(), StatMeasure.ShareOfTotal(StatMeasure.Count()),
                StatMeasure.Ratio(StatMeasure.Sum(FactField.Persons), StatMeasure.DistinctCount(FactField.Case)),
            ],
            IncludeGrandTotal = true,
        };

        var table = LinqStatExecutor.Execute(Facts, request);

        table.Rows.Select(r => r.ToString()).Should().Equal(
            "Admonishment => 6,0.5000,1.0000",
            "CirculatedNotice => 3,0.2500,0.0000",
            "OrganizationalAdjustment => 3,0.2500,1.0000",
            "TOTAL ∅ => 12,1.0000,2.0000");
        table.Columns.Select(c => (c.Key, c.ValueKind, c.Scale)).Should().Equal(
            ("form", StatValueKind.Text, 0),
            ("count", StatValueKind.WholeNumber, 0),
            ("shareOfTotal(count)", StatValueKind.Share, 4),
            ("ratio(sum:persons,distinctCount:case)", StatValueKind.Ratio, 4));
    }

    [Theory]
    [InlineData(1, "0.0312")]
    [InlineData(3, "0.0938")]
    [InlineData(5, "0.1562")]
    public void Execute_RatioAtAMidpoint_RoundsHalfToEven(int persons, string expected)
    {
        var facts = Enumerable.Range(0, 32).Select(i => Fact($"C{i}") with { Persons = i < persons ? 1 : 0 }).ToList();
        var request = new StatRequest { Measures = [StatMeasure.Ratio(StatMeasure.Sum(FactField.Persons), StatMeasure.Count())] };

        LinqStatExecutor.Execute(facts, request).Rows.Single()[0].Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Execute_DivisionByZero_IsAbsent()
    {
        var request = new StatRequest
        {
            Measures = [StatMeasure.ShareOfTotal(StatMeasure.Sum(FactField.TypicalCases)), StatMeasure.Ratio(StatMeasure.Count(), StatMeasure.Sum(FactField.Organizations))],
            Filters = [new DimensionFilter(FactField.SubjectKind, ["Cadre"])],
        };

        LinqStatExecutor.Execute(Facts, request).Rows.Single().Values.Should().Equal(new decimal?[] { null, null });
    }

    [Fact]
    public void Execute_Rollup_SubtotalsFollowTheirGroupsAndDistinctCountsAreNotSummed()
    {
        var request = new StatRequest
        {
            Dimensions = [FactField.Year, FactField.Form],
            Measures = [StatMeasure.Count(), StatMeasure.DistinctCount(FactField.Person)],
            Rollup = true,
        };

        var table = LinqStatExecutor.Execute(Facts, request);

        table.Rows.Select(r => r.ToString()).Should().Equal(
            "2021|Admonishment => 4,2",
            "2021|CirculatedNotice => 2,0",
            "2021|OrganizationalAdjustment => 2,1",
            "SUBTOTAL1 2021|∅ => 8,2",
            "2022|Admonishment => 2,2",
            "2022|CirculatedNotice => 1,0",
            "2022|OrganizationalAdjustment => 1,1",
            "SUBTOTAL1 2022|∅ => 4,2",
            "TOTAL ∅|∅ => 12,2");
        table.Rows.Select(r => r.Level).Should().Equal(2, 2, 2, 1, 2, 2, 2, 1, 0);
        table.Subtotals.Should().HaveCount(2);
    }

    [Fact]
    public void Execute_TopN_KeepsTheLargestGroupsTiesByKeyAndTotalsOverAll()
    {
        var request = new StatRequest
        {
            Dimensions = [FactField.Form],
            Measures = [StatMeasure.Count(), StatMeasure.Sum(FactField.Persons)],
            Top = new StatTopN("count", 2),
            IncludeGrandTotal = true,
        };

        var table = LinqStatExecutor.Execute(Facts, request);

        table.Rows.Select(r => r.ToString()).Should().Equal(
            "Admonishment => 6,3",
            "CirculatedNotice => 3,0",
            "TOTAL ∅ => 12,6");
    }

    [Fact]
    public void Execute_TopNWithRollup_CutsOnlyTheFinestLevel()
    {
        var request = new StatRequest
        {
            Dimensions = [FactField.Year, FactField.Form],
            Measures = [StatMeasure.Sum(FactField.Persons)],
            Top = new StatTopN("sum:persons", 1),
            Rollup = true,
        };

        LinqStatExecutor.Execute(Facts, request).Rows.Select(r => r.ToString()).Should().Equal(
            "2021|Admonishment => 2",
            "SUBTOTAL1 2021|∅ => 4",
            "SUBTOTAL1 2022|∅ => 2",
            "TOTAL ∅|∅ => 6");
    }
}
