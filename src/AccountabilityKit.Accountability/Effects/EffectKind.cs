using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Effects;

/// <summary>Effects of a decided form or sanction on a cadre's use (影响期).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<EffectKind>))]
public enum EffectKind
{
    /// <summary>No promotion and no further use (进一步使用). (DPR2023 Art. 10)</summary>
    [Label("不得提拔或者进一步使用", "No promotion or further use")]
    [Cites("DPR2023 Art. 10", Citations.VerificationStatus.Verified)]
    PromotionBan = 0,

    /// <summary>No post equal to or higher than the one removed. (DPR2023 Art. 11)</summary>
    [Label("不得担任与原职务相当或者高于原职务的职务", "No equivalent or higher post")]
    [Cites("DPR2023 Art. 11", Citations.VerificationStatus.Verified)]
    NoEquivalentOrHigherPost = 1,

    /// <summary>No leadership post at all. (CSR2019 Art. 24)</summary>
    [Label("不得安排领导职务", "No leadership post")]
    [Cites("CSR2019 Art. 24", Citations.VerificationStatus.PartlyVerified)]
    NoLeadershipPost = 2,

    /// <summary>No leadership post above the former level. (CSR2019 Art. 24)</summary>
    [Label("不得担任高于原任职务层次的领导职务", "No post above the former level")]
    [Cites("CSR2019 Art. 24", Citations.VerificationStatus.PartlyVerified)]
    NoPostAboveFormerLevel = 3,

    /// <summary>Loses eligibility for the year's excellent (优秀) grade. (CSR2019 Art. 24)</summary>
    [Label("不得评为优秀", "No excellent grade this year")]
    [Cites("CSR2019 Art. 24", Citations.VerificationStatus.PartlyVerified)]
    NoExcellentGrade = 4,

    /// <summary>May not be made a candidate for inspection for promotion while any influence period runs. (CSR2019 Art. 24 item 6)</summary>
    [Label("不得列为考察对象", "Not a candidate for promotion")]
    [Cites("CSR2019 Art. 24 item 6", Citations.VerificationStatus.Verified)]
    CandidacyBar = 5,

    /// <summary>The probation itself. (DPR2023 Art. 12)</summary>
    [Label("留党察看期", "Probation period")]
    [Cites("DPR2023 Art. 12", Citations.VerificationStatus.PartlyVerified)]
    Probation = 6,

    /// <summary>May not rejoin the Party. (DPR2023 Art. 13)</summary>
    [Label("不得重新入党", "No readmission")]
    [Cites("DPR2023 Art. 13", Citations.VerificationStatus.PartlyVerified)]
    RejoinBan = 7,

    /// <summary>The longest a suspension for review may last. (OHP2021 Art. 3)</summary>
    [Label("停职检查期限", "Suspension time limit")]
    [Cites("OHP2021 Art. 3", Citations.VerificationStatus.Unverified)]
    SuspensionLimit = 8,
}
