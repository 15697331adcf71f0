using AccountabilityKit.Localization;

namespace AccountabilityKit.Documents.Charts;

/// <summary>What a chart of a <see cref="AccountabilityKit.Statistics.Aggregation.StatTable"/> shows.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<ChartKind>))]
public enum ChartKind
{
    /// <summary>
    /// Bars per value of the category dimension (by default the table's first, e.g. <c>year</c>), one bar per measure
    /// side by side (e.g. cases and person-times held to account per year), each bar labelled with its value.
    /// </summary>
    [Label("柱状图", "Bars")]
    Bars = 0,

    /// <summary>The share of each value of the category dimension (e.g. the four forms) in the first measure, as a pie with percentages.</summary>
    [Label("饼图", "Pie")]
    Pie = 1,

    /// <summary>The same shares as <see cref="Pie"/> as one stacked bar of 100 %.</summary>
    [Label("堆积条形图", "Stacked bar")]
    StackedShares = 2,

    /// <summary>
    /// Grouped bars: one group per value of the category dimension (e.g. <c>region</c>), one bar per value of the series
    /// dimension (e.g. <c>form</c>), heights from the first measure; a legend names the series.
    /// </summary>
    [Label("分组柱状图", "Grouped bars")]
    GroupedBars = 3,
}
