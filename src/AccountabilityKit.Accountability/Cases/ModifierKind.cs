using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>Circumstances that exempt, lighten or aggravate accountability (ARR2019 Arts. 17–19); their effect on the range of forms is pack data.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<ModifierKind>))]
public enum ModifierKind
{
    /// <summary>Heavier within the range (从重). (ARR2019 Art. 19)</summary>
    [Label("从重", "Aggravating")]
    [Cites("ARR2019 Art. 19", Citations.VerificationStatus.Unverified)]
    Aggravating = 0,

    /// <summary>One step beyond the range, heavier (加重). (ARR2019 Art. 19)</summary>
    [Label("加重", "Increased")]
    [Cites("ARR2019 Art. 19", Citations.VerificationStatus.Unverified)]
    Increased = 1,

    /// <summary>Lighter within the range (从轻). (ARR2019 Art. 18)</summary>
    [Label("从轻", "Mitigating")]
    [Cites("ARR2019 Art. 18", Citations.VerificationStatus.PartlyVerified)]
    Mitigating = 2,

    /// <summary>One step below the range (减轻). (ARR2019 Art. 18)</summary>
    [Label("减轻", "Reduced")]
    [Cites("ARR2019 Art. 18", Citations.VerificationStatus.PartlyVerified)]
    Reduced = 3,

    /// <summary>Exempted from accountability (免予问责). (ARR2019 Art. 17)</summary>
    [Label("免予问责", "Exempted")]
    [Cites("ARR2019 Art. 17", Citations.VerificationStatus.Verified)]
    Exempted = 4,

    /// <summary>Not held to account (不予问责). (ARR2019 Art. 17)</summary>
    [Label("不予问责", "Not pursued")]
    [Cites("ARR2019 Art. 17", Citations.VerificationStatus.Verified)]
    NotPursued = 5,
}
