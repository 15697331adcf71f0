using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Responsibilities;

/// <summary>Leadership responsibility under ARR2019 Art. 6 (not the Disciplinary Regulations' taxonomy, see DisciplinaryResponsibility).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<LeadershipResponsibility>))]
public enum LeadershipResponsibility
{
    /// <summary>Borne by the leadership team as a collective. (ARR2019 Art. 6)</summary>
    [Label("全面领导责任", "Overall leadership responsibility")]
    [Cites("ARR2019 Art. 6", Citations.VerificationStatus.Verified)]
    OverallLeadership = 0,

    /// <summary>Borne by the principal leader and the team member directly in charge. (ARR2019 Art. 6)</summary>
    [Label("主要领导责任", "Primary leadership responsibility")]
    [Cites("ARR2019 Art. 6", Citations.VerificationStatus.Verified)]
    PrimaryLeadership = 1,

    /// <summary>Borne by other team members who took part in the decision or work. (ARR2019 Art. 6)</summary>
    [Label("重要领导责任", "Important leadership responsibility")]
    [Cites("ARR2019 Art. 6", Citations.VerificationStatus.Verified)]
    ImportantLeadership = 2,
}
