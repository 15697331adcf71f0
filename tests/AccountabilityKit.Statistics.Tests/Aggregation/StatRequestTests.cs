using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Tests.TestSupport;
using AccountabilityKit.Time;

namespace AccountabilityKit.Statistics.Tests.Aggregation;

public sealed class StatRequestTests
{
    [Fact]
    public void Validate_WellFormedRequest_IsValid()
    {
        var request = new StatRequest
        {
            Dimensions = [FactField.Region, FactField.Form],
            Measures = [StatMeasure.Count(), StatMeasure.Sum(FactField.Persons), StatMeasure.DistinctCount(FactField.Person), StatMeasure.Max(FactField.Cases)],
            From = AssessmentQuarter.Parse("2021Q1"),
            To = AssessmentQuarter.Parse("2021Q1"),
        };

        request.Validate().Issues.Should().BeEmpty();
    }

    [Fact]
    public void Validate_EveryKindOfMistake_ReportsEachWithItsPath()
    {
        var request = new StatRequest
        {
            Dimensions = [FactField.Region, FactField.Persons, FactField.Region],
            Measures = [StatMeasure.Count(), StatMeasure.Sum(FactField.Region), new StatMeasure(AggregateKind.Count, FactField.Persons), StatMeasure.DistinctCount(FactField.Cases), new StatMeasure(AggregateKind.Min)],
            From = AssessmentQuarter.Parse("2022Q1"),
            To = AssessmentQuarter.Parse("2021Q4"),
            Filters = [new DimensionFilter(FactField.Form, ["Admonishment"]), new DimensionFilter(FactField.Subjects, ["1"])],
        };

        request.Validate().ShouldHaveExactly(
            (StatisticsIssueCodes.NotADimension, "$.dimensions[1]"),
            (StatisticsIssueCodes.DuplicateDimension, "$.dimensions[2]"),
            (StatisticsIssueCodes.MeasureFieldMismatch, "$.measures[1].field"),
            (StatisticsIssueCodes.MeasureFieldMismatch, "$.measures[2].field"),
            (StatisticsIssueCodes.MeasureFieldMismatch, "$.measures[3].field"),
            (StatisticsIssueCodes.MeasureFieldMismatch, "$.measures[4].field"),
            (StatisticsIssueCodes.PeriodRangeReversed, "$.to"),
            (StatisticsIssueCodes.NotADimension, "$.filters[1].field"));
    }

    [Fact]
    public void Validate_NoMeasure_ReportsST008()
    {
        new StatRequest { Dimensions = [FactField.Year] }.Validate().ShouldHaveExactly((StatisticsIssueCodes.NoMeasure, "$.measures"));
    }

    [Fact]
    public void Columns_DimensionsThenMeasures_CarryChineseAndEnglishLabels()
    {
        var columns = new StatRequest { Dimensions = [FactField.Form], Measures = [StatMeasure.Sum(FactField.Persons), StatMeasure.Count()] }.Columns();

        columns.Select(c => (c.Key, c.ChineseLabel, c.EnglishLabel, c.Kind)).Should().Equal(
            ("form", "问责方式", "Accountability form", StatColumnKind.Dimension),
            ("sum:persons", "人次（合计）", "Person-times (Sum)", StatColumnKind.Measure),
            ("count", "条目数", "Count", StatColumnKind.Measure));
    }
}
