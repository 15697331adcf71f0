using AccountabilityKit.Localization;

namespace AccountabilityKit.Assessment.Findings;

/// <summary>Where a finding comes from.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<FindingSource>))]
public enum FindingSource
{
    /// <summary>The quarterly inspection (季度督查).</summary>
    [Label("季度督查", "Quarterly inspection")]
    QuarterlyInspection,

    /// <summary>A patrol inspection (巡察).</summary>
    [Label("巡察", "Patrol inspection")]
    PatrolInspection,

    /// <summary>A case investigation (案件查办).</summary>
    [Label("案件查办", "Case investigation")]
    CaseInvestigation,

    /// <summary>Routine supervision (日常监督检查).</summary>
    [Label("日常监督检查", "Routine supervision")]
    RoutineSupervision,

    /// <summary>A letter or visit report (信访举报).</summary>
    [Label("信访举报", "Letter")]
    Letter,
}
