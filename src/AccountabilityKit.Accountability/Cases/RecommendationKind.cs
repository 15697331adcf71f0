using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>Follow-up recommendations issued after a case (纪律检查建议 / 监察建议).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<RecommendationKind>))]
public enum RecommendationKind
{
    /// <summary>A discipline-inspection recommendation (citation to confirm locally). (DCW2022 Art. 26)</summary>
    [Label("纪律检查建议", "Discipline recommendation")]
    [Cites("DCW2022 Art. 26", Citations.VerificationStatus.Unverified)]
    DisciplineRecommendation = 0,

    /// <summary>A supervision recommendation (citation to confirm locally). (DCW2022 Art. 26)</summary>
    [Label("监察建议", "Supervision recommendation")]
    [Cites("DCW2022 Art. 26", Citations.VerificationStatus.Unverified)]
    SupervisionRecommendation = 1,
}
