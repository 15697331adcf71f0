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

    [Fact]
    public void Validate_DerivedMeasureMistakes_ReportEachWithItsPath()
    {
        var request = new StatRequest
        {
            Dimensions = [FactField.Region],
            Measures =
            [
                StatMeasure.ShareOfTotal(StatMeasure.Max(FactField.Persons)),
                StatMeasure.Ratio(StatMeasure.Count(), StatMeasure.ShareOfTotal(StatMeasure.Count())),
                new StatMeasure(AggregateKind.Ratio) { Numerator = StatMeasure.Count() },
                StatMeasure.ShareOfTotal(StatMeasure.Sum(FactField.Region)),
                new StatMeasure(AggregateKind.ShareOfTotal, FactField.Persons) { Numerator = StatMeasure.Count() },
                StatMeasure.Count() with { Numerator = StatMeasure.Count() },
                new StatMeasure(AggregateKind.ShareOfTotal) { Numerator = StatMeasure.Count(), Denominator = StatMeasure.Count() },
            ],
        };

        request.Validate().ShouldHaveExactly(
            (StatisticsIssueCodes.ShareOfExtreme, "$.measures[0].numerator"),
            (StatisticsIssueCodes.InvalidOperand, "$.measures[1].denominator"),
            (StatisticsIssueCodes.InvalidOperand, "$.measures[2].denominator"),
            (StatisticsIssueCodes.MeasureFieldMismatch, "$.measures[3].numerator.field"),
            (StatisticsIssueCodes.MeasureFieldMismatch, "$.measures[4].field"),
            (StatisticsIssueCodes.InvalidOperand, "$.measures[5].numerator"),
            (StatisticsIssueCodes.InvalidOperand, "$.measures[6].denominator"));
    }

    [Theory]
    [InlineData("sum:persons", 3, false, StatisticsIssueCodes.UnknownTopMeasure, "$.top.measureKey")]
    [InlineData("count", 0, false, StatisticsIssueCodes.TopCountNotPositive, "$.top.count")]
    [InlineData("count", -2, false, StatisticsIssueCodes.TopCountNotPositive, "$.top.count")]
    [InlineData("count", 3, true, StatisticsIssueCodes.TopWithoutDimensions, "$.top")]
    public void Validate_TopNMistakes_ReportCodeAndPath(string key, int count, bool noDimensions, string code, string path)
    {
        var request = new StatRequest
        {
            Dimensions = noDimensions ? [] : [FactField.Form],
            Measures = [StatMeasure.Count()],
            Top = new StatTopN(key, count),
        };

        request.Validate().ShouldHaveExactly((code, path));
    }

    [Fact]
    public void Validate_MoreThanSixteenBaseAggregates_ReportsST015()
    {
        var request = new StatRequest
        {
            Measures = [.. FactFields.Dimensions.Select(StatMeasure.DistinctCount), StatMeasure.Count(), StatMeasure.Sum(FactField.Persons)],
        };

        request.Validate().ShouldHaveExactly((StatisticsIssueCodes.TooManyMeasures, "$.measures"));
    }

    [Fact]
    public void BaseMeasures_SharesAndRatios_ContributeTheirOperandsOnce()
    {
        var request = new StatRequest
        {
            Measures =
            [
                StatMeasure.Ratio(StatMeasure.Sum(FactField.Persons), StatMeasure.DistinctCount(FactField.Case)),
                StatMeasure.Sum(FactField.Persons),
                StatMeasure.ShareOfTotal(StatMeasure.DistinctCount(FactField.Case)),
                StatMeasure.Count(),
            ],
        };

        request.BaseMeasures().Should().Equal(StatMeasure.Sum(FactField.Persons), StatMeasure.DistinctCount(FactField.Case), StatMeasure.Count());
    }

    [Fact]
    public void GroupingSets_Rollup_ListsEveryPrefixFinestFirstThenTheGrandTotal()
    {
        var request = new StatRequest { Dimensions = [FactField.Region, FactField.Year, FactField.Form], Measures = [StatMeasure.Count()], Rollup = true };

        request.GroupingSets().Select(s => (s.Level, string.Join(",", s.Dimensions))).Should().Equal(
            (3, "Region,Year,Form"), (2, "Region,Year"), (1, "Region"), (0, ""));
    }

    [Fact]
    public void GroupingSets_ShareWithoutShownTotal_StillComputesTheGrandTotal()
    {
        var request = new StatRequest { Dimensions = [FactField.Form], Measures = [StatMeasure.ShareOfTotal(StatMeasure.Count())] };

        request.GroupingSets().Select(s => s.Level).Should().Equal(1, 0);
        request.ShowsGrandTotal.Should().BeFalse();
    }
}
