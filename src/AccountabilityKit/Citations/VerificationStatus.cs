using AccountabilityKit.Localization;

namespace AccountabilityKit.Citations;

/// <summary>
/// How far a fact taken from a regulation was checked against its official text (the [V]/[P]/[U] marks of the
/// domain digest). Rules built on anything but <see cref="Verified"/> facts ship flagged "confirm locally".
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<VerificationStatus>))]
public enum VerificationStatus
{
    /// <summary>[V] Seen in the official text or an official explainer quoting it.</summary>
    [Label("已核实", "Verified")]
    Verified = 0,

    /// <summary>[P] The substance was seen, but not the exact article number or wording, or the source is local or secondary.</summary>
    [Label("部分核实", "Partly verified")]
    PartlyVerified = 1,

    /// <summary>[U] Recalled or inferred; confirm against the official text before relying on it.</summary>
    [Label("未核实，需本地确认", "Unverified — confirm locally")]
    Unverified = 2,
}
