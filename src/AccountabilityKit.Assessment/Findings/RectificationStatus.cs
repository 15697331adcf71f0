using AccountabilityKit.Localization;

namespace AccountabilityKit.Assessment.Findings;

/// <summary>The state of a finding's rectification (整改) at an as-of date.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<RectificationStatus>))]
public enum RectificationStatus
{
    /// <summary>Not rectified yet, and the deadline (if any) has not passed.</summary>
    [Label("整改中", "Open")]
    Open,

    /// <summary>Rectified on or before the deadline.</summary>
    [Label("按期整改", "Rectified on time")]
    RectifiedOnTime,

    /// <summary>Rectified, but after the deadline.</summary>
    [Label("逾期整改", "Rectified late")]
    RectifiedLate,

    /// <summary>Not rectified and the deadline has passed.</summary>
    [Label("逾期未整改", "Overdue")]
    Overdue,
}
