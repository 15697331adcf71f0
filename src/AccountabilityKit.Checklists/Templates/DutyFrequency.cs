using AccountabilityKit.Localization;

namespace AccountabilityKit.Checklists.Templates;

/// <summary>How often a duty's text says it is performed. In JSON: <c>monthly</c>, <c>quarterly</c>, <c>halfYearly</c>, <c>yearly</c>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<DutyFrequency>))]
public enum DutyFrequency
{
    /// <summary>Every month (每月).</summary>
    [Label("每月", "Monthly")]
    Monthly = 0,

    /// <summary>Every quarter (每季度).</summary>
    [Label("每季度", "Quarterly")]
    Quarterly = 1,

    /// <summary>Every half year (每半年).</summary>
    [Label("每半年", "Half-yearly")]
    HalfYearly = 2,

    /// <summary>Every year (每年 / 年度).</summary>
    [Label("每年", "Yearly")]
    Yearly = 3,
}
