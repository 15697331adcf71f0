using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Packs;

/// <summary>How a modifier changes the range of forms (pack data).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<ModifierEffect>))]
public enum ModifierEffect
{
    /// <summary>Keep the lightest form of the range. (DPR2023 Art. 22)</summary>
    [Label("在幅度内从轻", "Narrow to the lighter end")]
    [Cites("DPR2023 Art. 22", Citations.VerificationStatus.PartlyVerified)]
    NarrowToLighter = 0,

    /// <summary>Keep the heaviest form of the range. (DPR2023 Art. 22)</summary>
    [Label("在幅度内从重", "Narrow to the heavier end")]
    [Cites("DPR2023 Art. 22", Citations.VerificationStatus.PartlyVerified)]
    NarrowToHeavier = 1,

    /// <summary>Move the range one step lighter. (DPR2023 Art. 23)</summary>
    [Label("幅度外减轻一档", "Shift one step lighter")]
    [Cites("DPR2023 Art. 23", Citations.VerificationStatus.Verified)]
    ShiftLighter = 2,

    /// <summary>Move the range one step heavier. (DPR2023 Art. 23)</summary>
    [Label("幅度外加重一档", "Shift one step heavier")]
    [Cites("DPR2023 Art. 23", Citations.VerificationStatus.Verified)]
    ShiftHeavier = 3,

    /// <summary>No form at all. (ARR2019 Art. 17)</summary>
    [Label("不予或者免予问责", "No form")]
    [Cites("ARR2019 Art. 17", Citations.VerificationStatus.Verified)]
    ExcludeAll = 4,
}
