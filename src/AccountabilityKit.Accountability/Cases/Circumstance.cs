using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>The eleven triggering circumstances (问责情形) of ARR2019 Art. 7.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<Circumstance>))]
public enum Circumstance
{
    /// <summary>Item 1: the Party's leadership weakened, with serious losses or bad influence. (ARR2019 Art. 7 item 1)</summary>
    [Label("党的领导弱化", "Weakened Party leadership")]
    [Cites("ARR2019 Art. 7 item 1", Citations.VerificationStatus.Verified)]
    WeakenedPartyLeadership = 0,

    /// <summary>Item 2: political building not carried out solidly. (ARR2019 Art. 7 item 2)</summary>
    [Label("党的政治建设抓得不实", "Political building not solid")]
    [Cites("ARR2019 Art. 7 item 2", Citations.VerificationStatus.Verified)]
    PoliticalBuildingNotSolid = 1,

    /// <summary>Item 3: ideological building lacking (wording unverified). (ARR2019 Art. 7 item 3)</summary>
    [Label("党的思想建设缺失", "Ideological building lacking")]
    [Cites("ARR2019 Art. 7 item 3", Citations.VerificationStatus.Unverified)]
    IdeologicalBuildingLacking = 2,

    /// <summary>Item 4: organisational building weak (wording unverified). (ARR2019 Art. 7 item 4)</summary>
    [Label("党的组织建设薄弱", "Organisational building weak")]
    [Cites("ARR2019 Art. 7 item 4", Citations.VerificationStatus.Unverified)]
    OrganizationalBuildingWeak = 3,

    /// <summary>Item 5: work-style building lax. (ARR2019 Art. 7 item 5)</summary>
    [Label("党的作风建设松懈", "Work style lax")]
    [Cites("ARR2019 Art. 7 item 5", Citations.VerificationStatus.PartlyVerified)]
    WorkStyleLax = 4,

    /// <summary>Item 6: discipline building not strict (wording unverified). (ARR2019 Art. 7 item 6)</summary>
    [Label("党的纪律建设抓得不严", "Discipline building lax")]
    [Cites("ARR2019 Art. 7 item 6", Citations.VerificationStatus.Unverified)]
    DisciplineBuildingLax = 5,

    /// <summary>Item 7: integrity building and the fight against corruption not resolute (wording unverified). (ARR2019 Art. 7 item 7)</summary>
    [Label("推进党风廉政建设和反腐败斗争不坚决、不扎实", "Anti-corruption work weak")]
    [Cites("ARR2019 Art. 7 item 7", Citations.VerificationStatus.Unverified)]
    AntiCorruptionWeak = 6,

    /// <summary>Item 8: principal or supervisory responsibility for strict governance not fulfilled (wording unverified). (ARR2019 Art. 7 item 8)</summary>
    [Label("全面从严治党主体责任、监督责任落实不到位", "Principal or supervisory responsibility not fulfilled")]
    [Cites("ARR2019 Art. 7 item 8", Citations.VerificationStatus.Unverified)]
    PrincipalOrSupervisoryDutyNotFulfilled = 7,

    /// <summary>Item 9: a serious accident or incident within the remit, with major losses or bad influence. (ARR2019 Art. 7 item 9)</summary>
    [Label("履行管理、监督职责不力", "Major incident within the remit")]
    [Cites("ARR2019 Art. 7 item 9", Citations.VerificationStatus.Verified)]
    MajorIncidentInRemit = 8,

    /// <summary>Item 10: inaction or wrong action in fields of people's livelihood. (ARR2019 Art. 7 item 10)</summary>
    [Label("民生领域不作为乱作为", "Inaction or misconduct in people's livelihood")]
    [Cites("ARR2019 Art. 7 item 10", Citations.VerificationStatus.Verified)]
    PeoplesLivelihoodMisconduct = 9,

    /// <summary>Item 11: the catch-all item. (ARR2019 Art. 7 item 11)</summary>
    [Label("其他应当问责的失职失责情形", "Other dereliction of duty")]
    [Cites("ARR2019 Art. 7 item 11", Citations.VerificationStatus.PartlyVerified)]
    OtherDerelictionOfDuty = 10,
}
