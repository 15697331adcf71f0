using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Reports;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.Reports;

public sealed class InspectionReportTests
{
    private static readonly UnitGroup[] Groups =
    [
        new("county-level", "县（市、区）", [UnitKind.County, UnitKind.Township]),
        new("departments", "部门", [UnitKind.CountyDepartment]),
    ];

    private static readonly LocalDate AsOf = new(2021, 12, 31);

    private static readonly IReadOnlyList<FindingFact> Facts = new FindingFactProjection(Tree, Groups).ProjectAll(
    [
        // departments: on time, late, overdue; county-level: on time x2, open; city: overdue (no group); 2020: ignored.
        Finding("F1", BureauA, "political", FindingSeverity.Serious, rectified: new LocalDate(2021, 5, 1)),
        Finding("F2", BureauB, "political", FindingSeverity.Serious, rectified: new LocalDate(2021, 7, 10)),
        Finding("F3", BureauB, "conduct", FindingSeverity.Minor),
        Finding("F4", TownA, "political", FindingSeverity.General, rectified: new LocalDate(2021, 6, 1)),
        Finding("F5", CountyB, "conduct", FindingSeverity.Minor, rectified: new LocalDate(2021, 6, 30)),
        Finding("F6", TownA, "conduct", FindingSeverity.Minor, deadline: new LocalDate(2022, 3, 31)),
        Finding("F7", City, "political", FindingSeverity.Serious),
        Finding("F0", BureauA, "political", FindingSeverity.Serious, quarter: new AssessmentQuarter(2020, 4)),
    ], AsOf);

    private static Finding Finding(string id, OrgUnitId unit, string category, FindingSeverity severity, LocalDate? rectified = null, LocalDate? deadline = null, AssessmentQuarter? quarter = null) =>
        new(id, unit, quarter ?? new AssessmentQuarter(2021, 2), FindingSource.QuarterlyInspection, category, severity, "问题")
        {
            RectificationDeadline = deadline ?? new LocalDate(2021, 6, 30),
            RectifiedOn = rectified,
        };

    private static readonly InspectionReport Report = InspectionReport.Create(Facts, ReportPeriod.Year(2021), unitGroups: Groups,
        categoryNames: new Dictionary<string, string> { ["political"] = "政治建设" });

    [Fact]
    public void Create_FindingsPerCategoryAndSeverity_AddUpToTheTotal()
    {
        Report.Findings.Should().Be(7);
        Report.ByCategoryAndSeverity.Select(r => (r.Category, r.Severity, r.Findings)).Should().Equal(
            ("conduct", FindingSeverity.Minor, 3),
            ("political", FindingSeverity.General, 1),
            ("political", FindingSeverity.Serious, 3));
        Report.ByCategoryAndSeverity.Sum(r => r.Findings).Should().Be(Report.Findings);
        Report.ByCategoryAndSeverity[2].ChineseLabel.Should().Be("政治建设（严重）");
        Report.ByCategoryAndSeverity[0].ChineseLabel.Should().StartWith("conduct", "a category without a name shows its code");
        Report.ByCategoryAndSeverity[2].EnglishLabel.Should().Be("political (Serious)");
    }

    [Fact]
    public void Create_RectificationByUnitGroup_CountsRatesAndReconciles()
    {
        Report.ByUnitGroup.Select(r => r.UnitGroup).Should().Equal("county-level", "departments", null);

        var departments = Report.ByUnitGroup[1];
        departments.Should().Be(new RectificationRow("departments", "部门", "departments", 3, 1, 1, 1, 0, 33.4m, 33.3m, 33.3m, 0m));

        var county = Report.ByUnitGroup[0];
        (county.Findings, county.RectifiedOnTime, county.Open, county.OnTimeRate, county.OpenRate).Should().Be((3, 2, 1, 66.7m, 33.3m));

        Report.ByUnitGroup[2].Should().Match<RectificationRow>(r => r.ChineseLabel == "未分组" && r.Overdue == 1 && r.OverdueRate == 100m);

        Report.Total.Findings.Should().Be(7);
        Report.ByUnitGroup.Sum(r => r.Findings).Should().Be(Report.Total.Findings);
        Report.ByUnitGroup.Sum(r => r.Overdue).Should().Be(Report.Total.Overdue).And.Be(2);
        foreach (var row in Report.ByUnitGroup.Append(Report.Total))
        {
            (row.RectifiedOnTime + row.RectifiedLate + row.Overdue + row.Open).Should().Be(row.Findings);
            (row.OnTimeRate + row.LateRate + row.OverdueRate + row.OpenRate).Should().Be(100.0m);
        }
    }

    [Fact]
    public void Create_ScopeAndNoGroups_KeepsScopedFindingsAndNamesGroupsByTheirIds()
    {
        var report = InspectionReport.Create(Facts, ReportPeriod.Year(2021), DataScope.Subtree(Tree, CountyA));

        report.Findings.Should().Be(3);
        report.ByUnitGroup.Select(r => (r.UnitGroup, r.ChineseLabel, r.Findings)).Should().Equal(("county-level", "county-level", 2), ("departments", "departments", 1));
    }

    [Fact]
    public void Create_NoFindings_RatesAreZero()
    {
        var report = InspectionReport.Create([], ReportPeriod.Year(2021));

        report.Findings.Should().Be(0);
        report.ByUnitGroup.Should().BeEmpty();
        report.Total.Should().Be(new RectificationRow(null, "合计", "Total", 0, 0, 0, 0, 0, 0m, 0m, 0m, 0m));
    }

    [Fact]
    public void Create_MissingFact_ReportsItsPath()
    {
        FluentActions.Invoking(() => InspectionReport.Create([Facts[0], null!], ReportPeriod.Year(2021)))
            .Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly((StatisticsIssueCodes.MissingItem, "$.facts[1]"));
    }
}
