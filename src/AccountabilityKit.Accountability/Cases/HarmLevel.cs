using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>The harm a failure caused, which sets the base range of forms (ARR2019 Art. 8).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<HarmLevel>))]
public enum HarmLevel
{
    /// <summary>General failure: circulated notice or admonishment. (ARR2019 Art. 8)</summary>
    [Label("一般", "General")]
    [Cites("ARR2019 Art. 8", Citations.VerificationStatus.Verified)]
    General = 0,

    /// <summary>Fairly serious harm: organisational adjustment. (ARR2019 Art. 8)</summary>
    [Label("危害较重", "Fairly serious")]
    [Cites("ARR2019 Art. 8", Citations.VerificationStatus.Verified)]
    FairlySerious = 1,

    /// <summary>Serious harm: disciplinary sanction. (ARR2019 Art. 8)</summary>
    [Label("危害严重", "Serious")]
    [Cites("ARR2019 Art. 8", Citations.VerificationStatus.Verified)]
    Serious = 2,
}
