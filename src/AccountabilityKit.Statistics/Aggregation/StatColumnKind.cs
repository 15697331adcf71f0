using AccountabilityKit.Localization;

namespace AccountabilityKit.Statistics.Aggregation;

/// <summary>Whether a <see cref="StatColumn"/> holds a dimension value or a measure.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<StatColumnKind>))]
public enum StatColumnKind
{
    /// <summary>A dimension (group key) column: text values.</summary>
    [Label("维度", "Dimension")]
    Dimension = 0,

    /// <summary>A measure column: integer values.</summary>
    [Label("指标", "Measure")]
    Measure = 1,
}
