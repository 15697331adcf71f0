using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>Who is held to account (问责对象), ARR2019 Art. 5.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<SubjectKind>))]
public enum SubjectKind
{
    /// <summary>A Party organisation. (ARR2019 Art. 5)</summary>
    [Label("党组织", "Party organisation")]
    [Cites("ARR2019 Art. 5", Citations.VerificationStatus.Verified)]
    Organization = 0,

    /// <summary>A Party leading cadre. (ARR2019 Art. 5)</summary>
    [Label("党的领导干部", "Leading cadre")]
    [Cites("ARR2019 Art. 5", Citations.VerificationStatus.Verified)]
    Cadre = 1,
}
