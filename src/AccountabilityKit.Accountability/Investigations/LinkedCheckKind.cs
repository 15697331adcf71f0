using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Investigations;

/// <summary>The checks a violation case opens under one case, two investigations (一案双查).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<LinkedCheckKind>))]
public enum LinkedCheckKind
{
    /// <summary>The unit committee's principal responsibility. (ARR2019 Art. 4)</summary>
    [Label("主体责任", "Principal responsibility")]
    [Cites("ARR2019 Art. 4", Citations.VerificationStatus.Verified)]
    PrincipalResponsibility = 0,

    /// <summary>The discipline body's supervisory responsibility. (ARR2019 Art. 4)</summary>
    [Label("监督责任", "Supervisory responsibility")]
    [Cites("ARR2019 Art. 4", Citations.VerificationStatus.Verified)]
    SupervisoryResponsibility = 1,

    /// <summary>The leadership responsibility of the leaders in charge. (ARR2019 Art. 6)</summary>
    [Label("领导责任", "Leadership responsibility")]
    [Cites("ARR2019 Art. 6", Citations.VerificationStatus.Verified)]
    LeadershipResponsibility = 2,
}
