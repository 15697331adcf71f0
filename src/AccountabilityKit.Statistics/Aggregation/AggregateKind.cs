using AccountabilityKit.Localization;

namespace AccountabilityKit.Statistics.Aggregation;

/// <summary>How a measure aggregates the rows of a group.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<AggregateKind>))]
public enum AggregateKind
{
    /// <summary>The number of rows (entries); takes no field.</summary>
    [Label("条目数", "Count")]
    Count = 0,

    /// <summary>The sum of a numeric field.</summary>
    [Label("合计", "Sum")]
    Sum = 1,

    /// <summary>The number of distinct non-null values of a dimension.</summary>
    [Label("不重复计数", "Distinct count")]
    DistinctCount = 2,

    /// <summary>The smallest value of a numeric field.</summary>
    [Label("最小值", "Minimum")]
    Min = 3,

    /// <summary>The largest value of a numeric field.</summary>
    [Label("最大值", "Maximum")]
    Max = 4,

    /// <summary>
    /// A base measure's value divided by the grand total of the same measure (a fraction, 0.2500 = 25%), rounded to
    /// <see cref="StatMeasure.DerivedScale"/> decimals with <see cref="MidpointRounding.ToEven"/>; takes no field.
    /// </summary>
    [Label("占比", "Share of total")]
    ShareOfTotal = 5,

    /// <summary>
    /// One base measure divided by another on the same row (e.g. person-times per case), rounded to
    /// <see cref="StatMeasure.DerivedScale"/> decimals with <see cref="MidpointRounding.ToEven"/>; takes no field.
    /// </summary>
    [Label("比率", "Ratio")]
    Ratio = 6,
}
