using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Reports;
using AccountabilityKit.Statistics.Tests.TestSupport;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using CsCheck;
using static AccountabilityKit.Statistics.Tests.TestSupport.Samples;

namespace AccountabilityKit.Statistics.Tests.Reports;

public sealed class FourFormsReportTests
{
    private static readonly OrgUnitId[] Units = [BureauA, TownA, BureauB, CountyB, City];

    private static readonly IReadOnlyList<DisciplineMeasureFact> Facts =
    [
        // 2021: RG 6 first + 2 second (P1 twice); HM 1 first + 1 third; 2022Q1: RG 3 first.
        .. Enumerable.Range(0, 6).Select(i => ReportSamples.Measure(i < 2 ? "P1" : $"P{i}", i % 2 == 0 ? BureauA : TownA, new AssessmentQuarter(2021, 1 + (i % 4)), DisciplineForm.First)),
        ReportSamples.Measure("P1", BureauA, new AssessmentQuarter(2021, 2), DisciplineForm.Second),
        ReportSamples.Measure("P7", BureauA, new AssessmentQuarter(2021, 3), DisciplineForm.Second),
        ReportSamples.Measure("H1", BureauB, new AssessmentQuarter(2021, 4), DisciplineForm.First),
        ReportSamples.Measure("H2", BureauB, new AssessmentQuarter(2021, 4), DisciplineForm.Third),
        .. Enumerable.Range(0, 3).Select(i => ReportSamples.Measure($"R{i}", TownA, new AssessmentQuarter(2022, 1), DisciplineForm.First)),
        ReportSamples.Measure("OLD", BureauA, new AssessmentQuarter(2020, 4), DisciplineForm.Fourth),
    ];

    [Fact]
    public void Create_Year_PersonTimesAndSharesPerForm()
    {
        var report = FourFormsReport.Create(Facts, Tree, ReportPeriod.Year(2021));

        report.Total.PersonTimes.Should().Be(10);
        report.Total.Persons.Should().Be(8, "P1 has three of the ten person-times");
        report.Total.Rows.Select(r => (r.Form, r.PersonTimes, r.SharePercent)).Should().Equal(
            (DisciplineForm.First, 7, 70.0m), (DisciplineForm.Second, 2, 20.0m), (DisciplineForm.Third, 1, 10.0m), (DisciplineForm.Fourth, 0, 0.0m));
        report.Total[DisciplineForm.First].ChineseLabel.Should().Be("第一种形态");
        report.Sections.Select(s => s.Region).Should().Equal(null, CountyB, CountyA);
        report.Sections[2].RegionName.Should().Be("如皋市");
        report.Sections[2].ChineseLabel.Should().Be("2021年 如皋市");
        report.Sections[0].EnglishLabel.Should().Be("2021 All regions");
    }

    [Fact]
    public void Create_ThirdsOfAHundred_SharesAddUpByLargestRemainder()
    {
        var facts = new[] { DisciplineForm.First, DisciplineForm.Second, DisciplineForm.Third }
            .Select((f, i) => ReportSamples.Measure($"P{i}", BureauA, new AssessmentQuarter(2021, 1), f));

        var rows = FourFormsReport.Create(facts, Tree, ReportPeriod.Year(2021)).Total.Rows;

        rows.Select(r => r.SharePercent).Should().Equal(33.4m, 33.3m, 33.3m, 0m);
    }

    [Fact]
    public void Create_ByQuarterOverTwoYears_RegionsAddUpToEachSliceAndSlicesToTheTotal()
    {
        var period = new ReportPeriod(new AssessmentQuarter(2021, 1), new AssessmentQuarter(2022, 4));

        var report = FourFormsReport.Create(Facts, Tree, period, granularity: ReportGranularity.Quarter);

        report.Sections.Select(s => s.Period).Distinct().Should().HaveCount(8);
        foreach (var slice in report.Sections.GroupBy(s => s.Period))
        {
            var all = slice.Single(s => s.Region is null);
            foreach (var form in Enum.GetValues<DisciplineForm>())
            {
                slice.Where(s => s.Region is not null).Sum(s => s[form].PersonTimes).Should().Be(all[form].PersonTimes);
            }

            all.Rows.Sum(r => r.SharePercent).Should().Be(all.PersonTimes == 0 ? 0m : 100.0m);
        }

        foreach (var form in Enum.GetValues<DisciplineForm>())
        {
            report.Sections.Where(s => s.Region is null).Sum(s => s[form].PersonTimes).Should().Be(report.Total[form].PersonTimes);
        }

        report.Total.PersonTimes.Should().Be(13);
    }

    [Fact]
    public void Create_Scope_KeepsOnlyItsUnits()
    {
        var report = FourFormsReport.Create(Facts, Tree, ReportPeriod.Year(2021), DataScope.Subtree(Tree, CountyB));

        report.Total.PersonTimes.Should().Be(2);
        report.Sections.Select(s => s.Region).Should().Equal(null, CountyB);
    }

    [Fact]
    public void Create_UnknownUnitAndMissingFact_ReportsPaths()
    {
        var facts = new[] { Facts[0], ReportSamples.Measure("X", new OrgUnitId("NOWHERE"), new AssessmentQuarter(2021, 1), DisciplineForm.First), null! };

        FluentActions.Invoking(() => FourFormsReport.Create(facts, Tree, ReportPeriod.Year(2021)))
            .Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly((StatisticsIssueCodes.MissingItem, "$.facts[2]"));
        FluentActions.Invoking(() => FourFormsReport.Create(facts.Take(2), Tree, ReportPeriod.Year(2021)))
            .Should().Throw<ValidationFailedException>().Which.Report.ShouldHaveExactly((StatisticsIssueCodes.UnitNotInTree, "$.facts[1].unit"));
    }

    [Fact]
    public void Create_RandomFacts_SharesAddUpTo100AndStayWithinATenthOfTheExactShare()
    {
        var genFact = Gen.Select(Gen.Int[0, 3], Gen.Int[0, Units.Length - 1], Gen.Int[1, 8], Gen.Int[0, 20])
            .Select((form, unit, quarter, person) => ReportSamples.Measure($"P{person}", Units[unit], new AssessmentQuarter(2021 + ((quarter - 1) / 4), 1 + ((quarter - 1) % 4)), (DisciplineForm)form));

        genFact.Array[0, 300].Sample(facts =>
        {
            var report = FourFormsReport.Create(facts, Tree, new ReportPeriod(new AssessmentQuarter(2021, 1), new AssessmentQuarter(2022, 4)), granularity: ReportGranularity.Year);
            foreach (var section in report.Sections.Append(report.Total))
            {
                section.Rows.Sum(r => r.SharePercent).Should().Be(section.PersonTimes == 0 ? 0m : 100.0m);
                section.Persons.Should().BeLessThanOrEqualTo(section.PersonTimes);
                foreach (var row in section.Rows.Where(_ => section.PersonTimes > 0))
                {
                    var exact = row.PersonTimes * 100m / section.PersonTimes;
                    Math.Abs(row.SharePercent - exact).Should().BeLessThan(0.1m);
                }
            }

            report.Total.PersonTimes.Should().Be(facts.Length);
        }, iter: 200);
    }
}
