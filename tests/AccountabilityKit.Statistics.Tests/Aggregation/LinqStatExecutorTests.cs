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
        total.Values.Should().Equal(12, 3, 3, 9, 2, 3, 2, 1);
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
            "Admonishment => 6,6",
            "CirculatedNotice => 0,3",
            "OrganizationalAdjustment => 3,3",
            "TOTAL ∅ => 9,12");
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
}
