using AccountabilityKit.Localization;

namespace AccountabilityKit.Assessment.Rules;

/// <summary>How the annual roll-up treats a quarter without a score card.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<MissingQuarterPolicy>))]
public enum MissingQuarterPolicy
{
    /// <summary>The present quarters' weights are scaled up so they sum to 1 (at least one quarter is needed).</summary>
    [Label("按已有季度重新加权", "Reweight present quarters")]
    Reweight,

    /// <summary>A missing quarter counts with the rule set's floor score.</summary>
    [Label("缺失季度按最低分计", "Count as floor")]
    CountAsFloor,

    /// <summary>A missing quarter counts with the base score (no findings assumed).</summary>
    [Label("缺失季度按基础分计", "Count as base score")]
    CountAsBase,

    /// <summary>A missing quarter is an error (code <c>AS060</c>).</summary>
    [Label("缺失季度不予计算", "Reject")]
    Reject,
}
