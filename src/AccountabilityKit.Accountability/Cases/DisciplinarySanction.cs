using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>The five Party disciplinary sanctions, light to heavy, DPR2023 Art. 8.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<DisciplinarySanction>))]
public enum DisciplinarySanction
{
    /// <summary>Warning (a light sanction). (DPR2023 Art. 8)</summary>
    [Label("警告", "Warning")]
    [Cites("DPR2023 Art. 8", Citations.VerificationStatus.Verified)]
    Warning = 0,

    /// <summary>Serious warning (a light sanction). (DPR2023 Art. 8)</summary>
    [Label("严重警告", "Serious warning")]
    [Cites("DPR2023 Art. 8", Citations.VerificationStatus.Verified)]
    SeriousWarning = 1,

    /// <summary>Removal from Party posts (a heavy sanction). (DPR2023 Art. 8)</summary>
    [Label("撤销党内职务", "Removal from Party posts")]
    [Cites("DPR2023 Art. 8", Citations.VerificationStatus.Verified)]
    RemovalFromPartyPost = 2,

    /// <summary>Probation within the Party, one or two years (a heavy sanction). (DPR2023 Art. 8)</summary>
    [Label("留党察看", "Probation within the Party")]
    [Cites("DPR2023 Art. 8", Citations.VerificationStatus.Verified)]
    ProbationWithinParty = 3,

    /// <summary>Expulsion from the Party (a heavy sanction). (DPR2023 Art. 8)</summary>
    [Label("开除党籍", "Expulsion")]
    [Cites("DPR2023 Art. 8", Citations.VerificationStatus.Verified)]
    Expulsion = 4,
}
