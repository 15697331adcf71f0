using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>Forms of accountability (问责方式), ARR2019 Art. 8; which subject kind may receive which form, and their severity order, come from the regulation pack.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<AccountabilityForm>))]
public enum AccountabilityForm
{
    /// <summary>An organisation is ordered to make a written self-examination and rectify. (ARR2019 Art. 8)</summary>
    [Label("检查", "Written examination")]
    [Cites("ARR2019 Art. 8", Citations.VerificationStatus.Verified)]
    WrittenExamination = 0,

    /// <summary>Circulated within a defined scope (organisations and cadres). (ARR2019 Art. 8)</summary>
    [Label("通报", "Circulated notice")]
    [Cites("ARR2019 Art. 8", Citations.VerificationStatus.Verified)]
    CirculatedNotice = 1,

    /// <summary>An organisation is reorganised. (ARR2019 Art. 8)</summary>
    [Label("改组", "Reorganisation")]
    [Cites("ARR2019 Art. 8", Citations.VerificationStatus.Verified)]
    Reorganization = 2,

    /// <summary>A cadre is admonished in a talk or in writing. (ARR2019 Art. 8)</summary>
    [Label("诫勉", "Admonishment")]
    [Cites("ARR2019 Art. 8", Citations.VerificationStatus.Verified)]
    Admonishment = 3,

    /// <summary>A cadre's post is adjusted; the kind is an OrganizationalAdjustmentKind. (ARR2019 Art. 8)</summary>
    [Label("组织调整或者组织处理", "Organisational adjustment")]
    [Cites("ARR2019 Art. 8", Citations.VerificationStatus.Verified)]
    OrganizationalAdjustment = 4,

    /// <summary>A Party disciplinary sanction under the Disciplinary Regulations; the kind is a DisciplinarySanction. (ARR2019 Art. 8)</summary>
    [Label("纪律处分", "Disciplinary sanction")]
    [Cites("ARR2019 Art. 8", Citations.VerificationStatus.Verified)]
    DisciplinarySanction = 5,
}
