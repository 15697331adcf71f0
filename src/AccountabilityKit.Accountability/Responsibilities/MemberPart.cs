using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Responsibilities;

/// <summary>A team member's part in the matter at fault, from which ARR2019 Art. 6 responsibility is derived.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<MemberPart>))]
public enum MemberPart
{
    /// <summary>The principal leader (一把手). (ARR2019 Art. 6)</summary>
    [Label("主要负责人", "Principal leader")]
    [Cites("ARR2019 Art. 6", Citations.VerificationStatus.Verified)]
    PrincipalLeader = 0,

    /// <summary>The team member directly in charge of the matter. (ARR2019 Art. 6)</summary>
    [Label("直接主管的班子成员", "Member directly in charge")]
    [Cites("ARR2019 Art. 6", Citations.VerificationStatus.Verified)]
    DirectlyInCharge = 1,

    /// <summary>A member who took part in the decision or the work. (ARR2019 Art. 6)</summary>
    [Label("参与决策和工作的班子成员", "Participating member")]
    [Cites("ARR2019 Art. 6", Citations.VerificationStatus.Verified)]
    Participated = 2,

    /// <summary>Expressly objected to, or reserved an opinion on, the collective decision (exempt under Art. 17). (ARR2019 Art. 17 item 2)</summary>
    [Label("明确提出不同意见或者保留意见", "Objected or reserved opinion")]
    [Cites("ARR2019 Art. 17 item 2", Citations.VerificationStatus.Verified)]
    ObjectedOrReserved = 3,

    /// <summary>Took no part in the matter. (ARR2019 Art. 6)</summary>
    [Label("未参与", "Not involved")]
    [Cites("ARR2019 Art. 6", Citations.VerificationStatus.Verified)]
    NotInvolved = 4,
}
