using AccountabilityKit.Localization;

namespace AccountabilityKit.Assessment.Findings;

/// <summary>How serious a finding is; problem lists are ordered from the most serious.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>A minor problem.</summary>
    [Label("轻微", "Minor")]
    Minor,

    /// <summary>A general problem.</summary>
    [Label("一般", "General")]
    General,

    /// <summary>A serious problem.</summary>
    [Label("严重", "Serious")]
    Serious,
}
