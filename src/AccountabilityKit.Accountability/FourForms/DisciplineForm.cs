using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.FourForms;

/// <summary>The four forms of supervision and discipline (四种形态), DPR2023 Art. 5.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<DisciplineForm>))]
public enum DisciplineForm
{
    /// <summary>Criticism, talks, inquiries, ordered self-examination, admonishment. (DPR2023 Art. 5)</summary>
    [Label("第一种形态", "First form")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    First = 0,

    /// <summary>Light Party sanctions and organisational adjustment. (DPR2023 Art. 5)</summary>
    [Label("第二种形态", "Second form")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    Second = 1,

    /// <summary>Heavy Party sanctions and major post adjustment. (DPR2023 Art. 5)</summary>
    [Label("第三种形态", "Third form")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    Third = 2,

    /// <summary>Serious violation with suspected crime; criminal liability pursued. (DPR2023 Art. 5)</summary>
    [Label("第四种形态", "Fourth form")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    Fourth = 3,
}
