using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.FourForms;

/// <summary>Measures of the 2016 four-forms statistical indicator system (FFS2016); the form of each is pack data.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<DisciplineMeasure>))]
public enum DisciplineMeasure
{
    /// <summary>Closed after a talk or an inquiry by letter. (DPR2023 Art. 5)</summary>
    [Label("谈话函询了结", "Closed after talk or inquiry")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    ClosedAfterTalkOrInquiry = 0,

    /// <summary>Closed after face-to-face preliminary verification. (DPR2023 Art. 5)</summary>
    [Label("初步核实了结", "Closed after face-to-face verification")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    ClosedAfterPreliminaryVerification = 1,

    /// <summary>Reminder talk. (DPR2023 Art. 5)</summary>
    [Label("提醒谈话", "Reminder talk")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    ReminderTalk = 2,

    /// <summary>Warning talk. (DPR2023 Art. 5)</summary>
    [Label("警示谈话", "Warning talk")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    WarningTalk = 3,

    /// <summary>Criticism and education. (DPR2023 Art. 5)</summary>
    [Label("批评教育", "Criticism and education")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    CriticalEducation = 4,

    /// <summary>Correct or order to stop the violation. (DPR2023 Art. 5)</summary>
    [Label("纠正或责令停止违纪行为", "Order to stop the violation")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    OrderToStopViolation = 5,

    /// <summary>Order to surrender the gains. (DPR2023 Art. 5)</summary>
    [Label("责成退出违纪所得", "Order to surrender gains")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    OrderToSurrenderGains = 6,

    /// <summary>Rectify by a deadline. (DPR2023 Art. 5)</summary>
    [Label("限期整改", "Rectify by a deadline")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    RectificationByDeadline = 7,

    /// <summary>Oral or written self-examination. (DPR2023 Art. 5)</summary>
    [Label("责令作出口头或书面检查", "Ordered self-examination")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    OrderedExamination = 8,

    /// <summary>Criticism at a democratic-life meeting. (DPR2023 Art. 5)</summary>
    [Label("召开民主生活会批评帮助", "Criticism at a democratic-life meeting")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    DemocraticLifeMeetingCriticism = 9,

    /// <summary>Public apology. (DPR2023 Art. 5)</summary>
    [Label("责令公开道歉（检讨）", "Public apology")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    PublicApology = 10,

    /// <summary>Circulated criticism. (DPR2023 Art. 5)</summary>
    [Label("通报（通报批评）", "Circulated criticism")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    CirculatedCriticism = 11,

    /// <summary>Admonishment. (DPR2023 Art. 5)</summary>
    [Label("诫勉（诫勉谈话）", "Admonishment")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    AdmonishmentTalk = 12,

    /// <summary>Other criticism and education measures. (DPR2023 Art. 5)</summary>
    [Label("其他批评教育措施", "Other criticism and education")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    OtherCriticalEducation = 13,

    /// <summary>Warning (警告), a light Party sanction; the same name as <see cref="Cases.DisciplinarySanction.Warning"/>. (DPR2023 Art. 5)</summary>
    [Label("党内警告", "Party warning")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    Warning = 14,

    /// <summary>Serious warning (严重警告), a light Party sanction; the same name as <see cref="Cases.DisciplinarySanction.SeriousWarning"/>. (DPR2023 Art. 5)</summary>
    [Label("党内严重警告", "Party serious warning")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    SeriousWarning = 15,

    /// <summary>Government (政务) warning. (DPR2023 Art. 5)</summary>
    [Label("政务警告", "Government warning")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    GovernmentWarning = 16,

    /// <summary>Demerit. (DPR2023 Art. 5)</summary>
    [Label("记过", "Demerit")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    GovernmentDemerit = 17,

    /// <summary>Major demerit. (DPR2023 Art. 5)</summary>
    [Label("记大过", "Major demerit")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    GovernmentMajorDemerit = 18,

    /// <summary>Downgrading. (DPR2023 Art. 5)</summary>
    [Label("降级", "Downgrading")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    GovernmentDowngrading = 19,

    /// <summary>Revoke honours. (DPR2023 Art. 5)</summary>
    [Label("取消荣誉称号", "Revoke honours")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    RevokeHonours = 20,

    /// <summary>Remove CPPCC membership. (DPR2023 Art. 5)</summary>
    [Label("撤销政协委员资格", "Remove CPPCC membership")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    RemoveCppccMembership = 21,

    /// <summary>End people's congress deputy status. (DPR2023 Art. 5)</summary>
    [Label("终止、罢免、撤销、责令辞去人大代表资格", "End people's congress deputy status")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    EndDeputyStatus = 22,

    /// <summary>Cancel probationary membership. (DPR2023 Art. 5)</summary>
    [Label("取消预备党员资格", "Cancel probationary membership")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    CancelProbationaryMembership = 23,

    /// <summary>Cancel an election. (DPR2023 Art. 5)</summary>
    [Label("取消、罢免当选资格", "Cancel election")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    CancelElection = 24,

    /// <summary>End Party congress delegate status. (DPR2023 Art. 5)</summary>
    [Label("终止党代表资格", "End Party congress delegate status")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    EndDelegateStatus = 25,

    /// <summary>Suspension for review (停职检查); the same name as <see cref="Cases.OrganizationalAdjustmentKind.SuspensionForReview"/>. (DPR2023 Art. 5)</summary>
    [Label("停职（停职检查）", "Suspension for review")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    SuspensionForReview = 26,

    /// <summary>Reassignment. (DPR2023 Art. 5)</summary>
    [Label("调整（调离）职务（岗位）", "Post change")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    PostChange = 27,

    /// <summary>Removal from post. (DPR2023 Art. 5)</summary>
    [Label("免职", "Removal")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    Removal = 28,

    /// <summary>Resignation taking the blame. (DPR2023 Art. 5)</summary>
    [Label("引咎辞职", "Resignation taking the blame")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    ResignationTakingBlame = 29,

    /// <summary>Ordered resignation. (DPR2023 Art. 5)</summary>
    [Label("责令辞职", "Ordered resignation")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    OrderedResignation = 30,

    /// <summary>Move to a non-leading post. (DPR2023 Art. 5)</summary>
    [Label("改任非领导职务", "Move to a non-leading post")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    MoveToNonLeadingPost = 31,

    /// <summary>Early retirement. (DPR2023 Art. 5)</summary>
    [Label("安排提前退休", "Early retirement")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    EarlyRetirement = 32,

    /// <summary>Reduced retirement benefits. (DPR2023 Art. 5)</summary>
    [Label("降低退休待遇", "Reduced retirement benefits")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    ReducedRetirementBenefits = 33,

    /// <summary>Other organisational adjustment. (DPR2023 Art. 5)</summary>
    [Label("其他组织调整", "Other organisational adjustment")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    OtherOrganizationalAdjustment = 34,

    /// <summary>Removal from Party posts (heavy sanction). (DPR2023 Art. 5)</summary>
    [Label("撤销党内职务", "Removal from Party posts")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    RemovalFromPartyPost = 35,

    /// <summary>Probation within the Party (heavy sanction). (DPR2023 Art. 5)</summary>
    [Label("留党察看", "Probation within the Party")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    ProbationWithinParty = 36,

    /// <summary>Expulsion (heavy sanction). (DPR2023 Art. 5)</summary>
    [Label("开除党籍", "Expulsion")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    Expulsion = 37,

    /// <summary>Government dismissal from post. (DPR2023 Art. 5)</summary>
    [Label("撤职", "Dismissal from post")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    GovernmentDismissal = 38,

    /// <summary>Government expulsion from public employment. (DPR2023 Art. 5)</summary>
    [Label("开除", "Dismissal from public employment")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    GovernmentExpulsion = 39,

    /// <summary>Demotion (major post adjustment). (DPR2023 Art. 5)</summary>
    [Label("降职", "Demotion")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    Demotion = 40,

    /// <summary>Serious violation with suspected crime, transferred to judicial organs. (DPR2023 Art. 5)</summary>
    [Label("涉嫌犯罪移送司法机关", "Transferred for prosecution")]
    [Cites("DPR2023 Art. 5", Citations.VerificationStatus.Verified)]
    CriminalProsecution = 41,
}
