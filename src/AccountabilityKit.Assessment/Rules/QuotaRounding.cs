using AccountabilityKit.Localization;

namespace AccountabilityKit.Assessment.Rules;

/// <summary>How a grade band's quota share q of a group of n units becomes a whole number of units (see <see cref="QuotaRule"/>).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<QuotaRounding>))]
public enum QuotaRounding
{
    /// <summary>⌊q × n⌋: never more than the share (the default; 20 % of 4 units admits none).</summary>
    [Label("向下取整", "Round down")]
    Floor = 0,

    /// <summary>q × n rounded to the nearest unit, halves up (20 % of 4 = 0.8 admits 1; 10 % of 5 = 0.5 admits 1).</summary>
    [Label("四舍五入", "Round half up")]
    RoundHalfUp = 1,

    /// <summary>⌈q × n⌉: never fewer than the share (20 % of 6 = 1.2 admits 2).</summary>
    [Label("向上取整", "Round up")]
    Ceiling = 2,
}
