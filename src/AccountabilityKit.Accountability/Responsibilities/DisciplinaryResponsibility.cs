using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Responsibilities;

/// <summary>The Disciplinary Regulations' own responsibility taxonomy (DPR2018 Art. 39), kept apart from LeadershipResponsibility.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<DisciplinaryResponsibility>))]
public enum DisciplinaryResponsibility
{
    /// <summary>The person directly responsible. (DPR2018 Art. 39)</summary>
    [Label("直接责任者", "Directly responsible")]
    [Cites("DPR2018 Art. 39", Citations.VerificationStatus.Verified)]
    Direct = 0,

    /// <summary>The person bearing primary leadership responsibility. (DPR2018 Art. 39)</summary>
    [Label("主要领导责任者", "Primary leadership responsibility")]
    [Cites("DPR2018 Art. 39", Citations.VerificationStatus.Verified)]
    PrimaryLeadership = 1,

    /// <summary>The person bearing important leadership responsibility. (DPR2018 Art. 39)</summary>
    [Label("重要领导责任者", "Important leadership responsibility")]
    [Cites("DPR2018 Art. 39", Citations.VerificationStatus.Verified)]
    ImportantLeadership = 2,
}
