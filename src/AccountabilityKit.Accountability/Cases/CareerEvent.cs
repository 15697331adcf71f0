using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>Career events after a failure; none of them closes an accountability case (lifetime accountability, 终身问责).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<CareerEvent>))]
public enum CareerEvent
{
    /// <summary>Transferred to another post or unit. (ARR2016 Art. 10)</summary>
    [Label("调离", "Transfer")]
    [Cites("ARR2016 Art. 10", Citations.VerificationStatus.PartlyVerified)]
    Transfer = 0,

    /// <summary>Promoted. (ARR2016 Art. 10)</summary>
    [Label("提拔", "Promotion")]
    [Cites("ARR2016 Art. 10", Citations.VerificationStatus.PartlyVerified)]
    Promotion = 1,

    /// <summary>Retired. (ARR2016 Art. 10)</summary>
    [Label("退休", "Retirement")]
    [Cites("ARR2016 Art. 10", Citations.VerificationStatus.PartlyVerified)]
    Retirement = 2,
}
