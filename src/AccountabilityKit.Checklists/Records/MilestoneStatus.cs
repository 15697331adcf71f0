using AccountabilityKit.Localization;

namespace AccountabilityKit.Checklists.Records;

/// <summary>A milestone's standing at an as-of date.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<MilestoneStatus>))]
public enum MilestoneStatus
{
    /// <summary>Completed on or before the as-of date.</summary>
    [Label("已完成", "Done")]
    Done = 0,

    /// <summary>Open, and due later than the due-soon window.</summary>
    [Label("按序推进", "On track")]
    OnTrack = 1,

    /// <summary>Open, and due within the due-soon window (today included).</summary>
    [Label("即将到期", "Due soon")]
    DueSoon = 2,

    /// <summary>Open, and its due date has passed.</summary>
    [Label("已逾期", "Overdue")]
    Overdue = 3,
}
