using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Packs;

/// <summary>What an authority may do with a form against a subject kind (the ARR2019 Art. 12 matrix).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<AuthorityPower>))]
public enum AuthorityPower
{
    /// <summary>May decide the form itself. (ARR2019 Art. 12)</summary>
    [Label("决定", "Decide")]
    [Cites("ARR2019 Art. 12", Citations.VerificationStatus.Verified)]
    Decide = 0,

    /// <summary>May decide after approval by the same-level committee or its principal leader. (ARR2019 Art. 12)</summary>
    [Label("经批准后决定", "Decide after approval")]
    [Cites("ARR2019 Art. 12", Citations.VerificationStatus.Verified)]
    DecideAfterApproval = 1,

    /// <summary>May only propose the form to the authority that decides. (ARR2019 Art. 12)</summary>
    [Label("只能提出建议", "Propose only")]
    [Cites("ARR2019 Art. 12", Citations.VerificationStatus.Verified)]
    ProposeOnly = 2,
}
