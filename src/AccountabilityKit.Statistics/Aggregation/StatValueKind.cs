using AccountabilityKit.Localization;

namespace AccountabilityKit.Statistics.Aggregation;

/// <summary>What the values of a <see cref="StatColumn"/> are, so that a grid or an export formats them right.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<StatValueKind>))]
public enum StatValueKind
{
    /// <summary>Text: a dimension value (canonical text, see <see cref="Facts.FactValues"/>).</summary>
    [Label("文本", "Text")]
    Text = 0,

    /// <summary>A whole number (count, sum, distinct count, min, max): scale 0.</summary>
    [Label("整数", "Integer")]
    WholeNumber = 1,

    /// <summary>A fraction of the grand total (0.2500 = 25%), with <see cref="StatMeasure.DerivedScale"/> decimals.</summary>
    [Label("占比", "Share")]
    Share = 2,

    /// <summary>A quotient of two measures, with <see cref="StatMeasure.DerivedScale"/> decimals.</summary>
    [Label("比率", "Ratio")]
    Ratio = 3,
}
