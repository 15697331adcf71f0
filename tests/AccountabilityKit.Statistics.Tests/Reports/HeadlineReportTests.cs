using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Reports;
using AccountabilityKit.Statistics.Tests.TestSupport;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.Reports;

public sealed class HeadlineReportTests
{
    private static readonly AccountabilityFactProjection Projection = new(Tree);

    private static readonly IReadOnlyList<AccountabilityFact> Facts =
    [
        .. Projection.ProjectAll(ReportSamples.PublishedCity(2021)),
        .. Projection.ProjectAll(ReportSamples.PublishedCity(2020).Take(200)),
    ];

    private static readonly IReadOnlyList<DisciplineMeasureFact> Measures =
    [
        .. Enumerable.Range(0, 21).Select(i => ReportSamples.Measure($"P{i % 7}", TownA, new AssessmentQuarter(2021, 1 + (i % 4)), DisciplineForm.First)),
        .. Enumerable.Range(0, 5).Select(i => ReportSamples.Measure($"P{i}", BureauB, new AssessmentQuarter(2021, 2), DisciplineForm.Second)),
        ReportSamples.Measure("P9", BureauA, new AssessmentQuarter(2021, 4), DisciplineForm.Fourth),
        .. Enumerable.Range(0, 14).Select(i => ReportSamples.Measure($"P{i}", TownA, new AssessmentQuarter(2020, 3), DisciplineForm.First)),
    ];

    private static readonly HeadlineReport Report = HeadlineReport.Create(Facts, Measures, ReportPeriod.Year(2021), scope: null);

    [Fact]
    public void ToChineseSummary_PublishedCityFigures_WritesThePublishedSentence()
    {
        Report.ToChineseSummary().Should().Be("问责案件277起，问责党组织134个、领导干部237人；通报典型案例41起，分10批；运用第一种形态21人次");
        Report.ToEnglishSummary().Should().Be("Cases held to account: 277; Party organisations held to account: 134; leading cadres held to account: 237; typical cases circulated: 41 (batches: 10); first form used: 21 person-times");
    }

    [Fact]
    public void Create_DistinctMeasures_CountUnitsAndPersonsOnce()
    {
        Report.DistinctOrganizations.Should().Be(2, "the organisations are RG-EDU and HM-HEALTH");
        Report.DistinctLeadingCadres.Should().Be(143 + 50, "P134–P276 once each, Q0–Q49 held to account about twice each");
        Report.DistinctLeadingCadres.Should().BeLessThanOrEqualTo(Report.LeadingCadresHeldAccountable);
    }

    [Fact]
    public void Create_Breakdowns_ReconcileWithTheirTotals()
    {
        var inYear = Facts.Where(f => f.Year == 2021).ToList();

        Report.Entries.Should().Be(inYear.Count).And.Be(134 + 143 + (94 * 2));
        Report.ByForm.Sum(r => r.Entries).Should().Be(Report.Entries);
        Report.ByForm.Should().OnlyContain(r => r.Entries == r.OrganizationEntries + r.CadreEntries);
        Report.ByForm.Select(r => r.Form).Should().Equal(Enum.GetValues<AccountabilityForm>());
        Report.ByForm.Single(r => r.Form == AccountabilityForm.Admonishment).CadreEntries.Should().Be(143 + 94);

        Report.ByResponsibility.Sum(r => r.Cadres).Should().Be(Report.LeadingCadresHeldAccountable);
        Report.ByResponsibility.Single(r => r.Responsibility == LeadershipResponsibility.PrimaryLeadership).Cadres.Should().Be(143);
        Report.ByResponsibility[^1].Should().Be(new ResponsibilityBreakdownRow(null, 94));
        Report.ByResponsibility[^1].ChineseLabel.Should().Be("未认定");

        Report.ByDisciplineForm.Sum(r => r.PersonTimes).Should().Be(Report.DisciplinePersonTimes).And.Be(27);
        Report.ByDisciplineForm.Sum(r => r.SharePercent).Should().Be(100.0m);
        Report.ByDisciplineForm[0].PersonTimes.Should().Be(Report.FirstFormPersonTimes);
    }

    [Fact]
    public void Create_Figures_CompareWithTheSamePeriodAYearEarlier()
    {
        // 2020: the first 200 cases of the same pattern: 134 organisations, cadres 66 (134–199) + 94 = 160, typical 41.
        Report.PreviousPeriod.Should().Be(ReportPeriod.Year(2020));
        Report[HeadlineMeasure.Cases].Should().Be(new HeadlineFigure(HeadlineMeasure.Cases, 277, 200));
        Report[HeadlineMeasure.Cases].Change.Absolute.Should().Be(77);
        Report[HeadlineMeasure.Cases].Change.Percent.Should().Be(38.5m);
        Report[HeadlineMeasure.OrganizationsHeldAccountable].Change.Should().Be(new YearOverYearChange(134, 134));
        Report[HeadlineMeasure.OrganizationsHeldAccountable].Change.PercentText.Should().Be("0.0%");
        Report[HeadlineMeasure.LeadingCadresHeldAccountable].Previous.Should().Be(160);
        Report[HeadlineMeasure.FirstFormPersonTimes].Change.Should().Be(new YearOverYearChange(21, 14));
        Report[HeadlineMeasure.FirstFormPersonTimes].Change.PercentText.Should().Be("+50.0%");
        Report.Figures.Select(f => f.Measure).Should().Equal(Enum.GetValues<HeadlineMeasure>());
        Report.Figures.Should().OnlyContain(f => f.ChineseLabel.Length > 0 && f.EnglishLabel.Length > 0);
    }

    [Fact]
    public void Create_NothingAYearEarlier_PercentIsNotApplicable()
    {
        var report = HeadlineReport.Create(Facts, Measures, ReportPeriod.Year(2020), scope: null);

        report[HeadlineMeasure.Cases].Change.Percent.Should().BeNull();
        report[HeadlineMeasure.Cases].Change.PercentText.Should().Be("n/a");
        report[HeadlineMeasure.Cases].Change.Absolute.Should().Be(200);
    }

    [Fact]
    public void Create_Columnar_EqualsTheLinqReport()
    {
        var table = new FactTable();
        table.AppendRange(Facts);
        var scope = DataScope.Subtree(Tree, CountyB);

        foreach (var s in new[] { null, scope })
        {
            var linq = HeadlineReport.Create(Facts, Measures, ReportPeriod.Year(2021), s);
            var columnar = HeadlineReport.Create(table, Measures, ReportPeriod.Year(2021), s);
            columnar.Period.Should().Be(linq.Period);
            columnar.Figures.Should().Equal(linq.Figures);
            columnar.ByForm.Should().Equal(linq.ByForm);
            columnar.ByResponsibility.Should().Equal(linq.ByResponsibility);
            columnar.ByDisciplineForm.Should().Equal(linq.ByDisciplineForm);
            (columnar.Entries, columnar.DistinctOrganizations, columnar.DistinctLeadingCadres, columnar.DisciplinePersonTimes)
                .Should().Be((linq.Entries, linq.DistinctOrganizations, linq.DistinctLeadingCadres, linq.DisciplinePersonTimes));
            columnar.ToChineseSummary().Should().Be(linq.ToChineseSummary());
        }
    }

    [Fact]
    public void Create_Scope_CountsOnlyUnitsInIt()
    {
        var report = HeadlineReport.Create(Facts, Measures, ReportPeriod.Year(2021), DataScope.Subtree(Tree, CountyB));

        report.OrganizationsHeldAccountable.Should().Be(67, "every other organisation is HM-HEALTH");
        report.LeadingCadresHeldAccountable.Should().Be(94, "the Q cadres are in HM-HEALTH");
        report.Cases.Should().Be(67 + 94 - 47, "a case counts when any subject is in scope: even i < 134 or any i < 94");
        report.Cases.Should().BeGreaterThan(
            Facts.Where(f => f.Year == 2021 && Tree.IsWithin(f.Unit, CountyB)).Sum(f => f.Cases),
            "the Cases marker sits on a case's first row, which may be outside the scope");
        report.FirstFormPersonTimes.Should().Be(0);
        report.ByDisciplineForm[1].PersonTimes.Should().Be(5);
    }

    [Fact]
    public void Create_EqualsHandWrittenRequests()
    {
        var request = new StatRequest
        {
            Measures = [StatMeasure.Sum(FactField.Cases), StatMeasure.Sum(FactField.TypicalCases)],
            From = new AssessmentQuarter(2021, 1),
            To = new AssessmentQuarter(2021, 4),
        };
        var byHand = LinqStatExecutor.Execute(Facts, request).GrandTotal!;

        Report.Cases.Should().Be((int)byHand[0]!.Value);
        Report.TypicalCases.Should().Be((int)byHand[1]!.Value);
    }

    [Fact]
    public void Create_QuarterPeriod_ComparesWithTheSameQuarterAYearEarlier()
    {
        var report = HeadlineReport.Create(Facts, Measures, ReportPeriod.Quarter(new AssessmentQuarter(2021, 3)), scope: null);

        report.PreviousPeriod.Should().Be(ReportPeriod.Quarter(new AssessmentQuarter(2020, 3)));
        report.Cases.Should().Be(Facts.Where(f => f.Quarter == new AssessmentQuarter(2021, 3)).Sum(f => f.Cases));
        report[HeadlineMeasure.Cases].Previous.Should().Be(Facts.Where(f => f.Quarter == new AssessmentQuarter(2020, 3)).Sum(f => f.Cases));
    }

    [Fact]
    public void Create_MissingFactAndMeasure_ReportsEachWithItsPath()
    {
        FluentActions.Invoking(() => HeadlineReport.Create([Fact(), null!], Measures, ReportPeriod.Year(2021), scope: null))
            .Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly((StatisticsIssueCodes.MissingItem, "$.facts[1]"));
        FluentActions.Invoking(() => HeadlineReport.Create(Facts, [null!], ReportPeriod.Year(2021), scope: null))
            .Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly((StatisticsIssueCodes.MissingItem, "$.measures[0]"));
    }
}
