using AccountabilityKit.Statistics.Reports;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Statistics.Tests.Reports;

public sealed class ReportPeriodTests
{
    [Fact]
    public void Year_IsItsFourQuarters_WithLabels()
    {
        var year = ReportPeriod.Year(2021);

        year.From.Should().Be(new AssessmentQuarter(2021, 1));
        year.To.Should().Be(new AssessmentQuarter(2021, 4));
        year.IsWholeYear.Should().BeTrue();
        year.ChineseLabel.Should().Be("2021年");
        year.EnglishLabel.Should().Be("2021");
    }

    [Fact]
    public void Range_LabelsNameBothEnds_AndLastYearShiftsFourQuarters()
    {
        var range = new ReportPeriod(new AssessmentQuarter(2021, 3), new AssessmentQuarter(2022, 2));

        range.IsWholeYear.Should().BeFalse();
        range.EnglishLabel.Should().Be("2021Q3–2022Q2");
        range.ChineseLabel.Should().Be($"{new AssessmentQuarter(2021, 3).ToChineseString()}至{new AssessmentQuarter(2022, 2).ToChineseString()}");
        range.SamePeriodLastYear().Should().Be(new ReportPeriod(new AssessmentQuarter(2020, 3), new AssessmentQuarter(2021, 2)));
        range.Contains(new AssessmentQuarter(2022, 2)).Should().BeTrue();
        range.Contains(new AssessmentQuarter(2022, 3)).Should().BeFalse();
    }

    [Fact]
    public void Slices_ByYearAndQuarter_ClipToThePeriodAndCoverItOnce()
    {
        var range = new ReportPeriod(new AssessmentQuarter(2021, 3), new AssessmentQuarter(2022, 2));

        range.Slices(ReportGranularity.WholePeriod).Should().Equal(range);
        range.Slices(ReportGranularity.Year).Select(s => s.EnglishLabel).Should().Equal("2021Q3–2021Q4", "2022Q1–2022Q2");
        range.Slices(ReportGranularity.Quarter).Select(s => s.EnglishLabel).Should().Equal("2021Q3", "2021Q4", "2022Q1", "2022Q2");
    }

    [Fact]
    public void Constructor_EndBeforeStart_ThrowsWithCodeAndPath()
    {
        var act = () => new ReportPeriod(new AssessmentQuarter(2022, 1), new AssessmentQuarter(2021, 4));

        act.Should().Throw<ValidationFailedException>().Which.Report.Issues.Should().ContainSingle()
            .Which.Should().Match<ValidationIssue>(i => i.Code == StatisticsIssueCodes.PeriodRangeReversed && i.Path == "$.to");
    }
}
