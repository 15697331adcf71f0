using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.Facts;

public sealed class FindingFactProjectionTests
{
    private static readonly UnitGroup[] Groups =
    [
        new("county-level", "县级", [UnitKind.County, UnitKind.Township]),
        new("departments", "部门", [UnitKind.CountyDepartment, UnitKind.CityDepartment]),
    ];

    private static readonly FindingFactProjection Projection = new(Tree, Groups);

    private static Finding Finding(string id = "F1", OrgUnitId? unit = null, LocalDate? deadline = null, LocalDate? rectified = null) =>
        new(id, unit ?? BureauA, new AssessmentQuarter(2021, 2), FindingSource.QuarterlyInspection, "political", FindingSeverity.Serious, "学习制度落实不到位")
        {
            RectificationDeadline = deadline,
            RectifiedOn = rectified,
        };

    [Fact]
    public void Project_OverdueFinding_CarriesUnitRegionGroupAndDaysOverdue()
    {
        var fact = Projection.Project(Finding(deadline: new LocalDate(2021, 6, 30)), new LocalDate(2021, 7, 10));

        fact.FindingId.Should().Be("F1");
        fact.Unit.Should().Be(BureauA);
        fact.Region.Should().Be(CountyA);
        fact.UnitKind.Should().Be(UnitKind.CountyDepartment);
        fact.UnitGroup.Should().Be("departments");
        fact.Quarter.Should().Be(new AssessmentQuarter(2021, 2));
        fact.Year.Should().Be(2021);
        fact.Category.Should().Be("political");
        fact.Severity.Should().Be(FindingSeverity.Serious);
        fact.Source.Should().Be(FindingSource.QuarterlyInspection);
        fact.Status.Should().Be(RectificationStatus.Overdue);
        fact.DaysOverdue.Should().Be(10);
        fact.AsOf.Should().Be(new LocalDate(2021, 7, 10));
    }

    [Theory]
    [InlineData("2021-06-20", "2021-06-30", RectificationStatus.RectifiedOnTime, 0)]
    [InlineData("2021-07-05", "2021-07-20", RectificationStatus.RectifiedLate, 5)]
    [InlineData("2021-07-05", "2021-06-30", RectificationStatus.Open, 0)]
    [InlineData(null, "2021-06-30", RectificationStatus.Open, 0)]
    public void Project_RectificationDates_StatusAndDaysAsTheFindingJudgesThem(string? rectified, string asOf, RectificationStatus status, int days)
    {
        var finding = Finding(deadline: new LocalDate(2021, 6, 30), rectified: rectified is null ? null : Parse(rectified));

        var fact = Projection.Project(finding, Parse(asOf));

        fact.Status.Should().Be(status);
        fact.DaysOverdue.Should().Be(days);
        finding.RectificationAt(Parse(asOf)).Should().Be(new RectificationState(status, days));
    }

    [Fact]
    public void Project_UnitKindInNoGroup_HasNoGroup()
    {
        Projection.Project(Finding(unit: City), new LocalDate(2021, 7, 1)).UnitGroup.Should().BeNull();
        new FindingFactProjection(Tree).Project(Finding(), new LocalDate(2021, 7, 1)).UnitGroup.Should().BeNull("no groups were given");
    }

    [Fact]
    public void Project_TownshipAtDepthTwo_RegionIsItsCounty()
    {
        Projection.Project(Finding(unit: TownA), new LocalDate(2021, 7, 1)).Should().Match<FindingFact>(f => f.Region == CountyA && f.UnitGroup == "county-level");
    }

    [Fact]
    public void Validate_UnknownUnitEarlyDatesAndEarlyAsOf_ReportsEveryProblemWithPaths()
    {
        var finding = Finding(unit: new OrgUnitId("NOWHERE"), deadline: new LocalDate(2021, 3, 1), rectified: new LocalDate(2021, 2, 1));

        var report = Projection.Validate(finding, new LocalDate(2021, 3, 31));

        report.ShouldHaveExactly(
            (StatisticsIssueCodes.UnitNotInTree, "$.unit"),
            (StatisticsIssueCodes.FindingDateBeforeQuarter, "$.rectificationDeadline"),
            (StatisticsIssueCodes.FindingDateBeforeQuarter, "$.rectifiedOn"),
            (StatisticsIssueCodes.AsOfBeforeQuarter, "$.quarter"));
        FluentActions.Invoking(() => Projection.Project(finding, new LocalDate(2021, 3, 31)))
            .Should().Throw<ValidationFailedException>().Which.Report.Contains(StatisticsIssueCodes.UnitNotInTree).Should().BeTrue();
    }

    [Fact]
    public void ProjectAll_NullAndUnknownUnit_ReportsBothWithIndexedPaths()
    {
        var act = () => Projection.ProjectAll([Finding("F1"), null!, Finding("F3", unit: new OrgUnitId("X"))], new LocalDate(2021, 7, 1));

        act.Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly(
            (StatisticsIssueCodes.MissingItem, "$[1]"),
            (StatisticsIssueCodes.UnitNotInTree, "$[2].unit"));
    }

    [Fact]
    public void ProjectAll_ValidFindings_OneFactPerFindingInOrder()
    {
        var facts = Projection.ProjectAll([Finding("F1"), Finding("F2", unit: TownA)], new LocalDate(2021, 7, 1));

        facts.Select(f => f.FindingId).Should().Equal("F1", "F2");
        Projection.ProjectAll([Finding("F1")], new LocalDate(2021, 7, 1))[0].Should().Be(facts[0], "the projection is pure");
    }

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
