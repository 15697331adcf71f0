using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Procedure;

/// <summary>Steps of the accountability procedure (ARR2019 Arts. 9–21).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<ProcedureStep>))]
public enum ProcedureStep
{
    /// <summary>The investigation is started after approval. (ARR2019 Art. 9)</summary>
    [Label("启动", "Start")]
    [Cites("ARR2019 Art. 9", Citations.VerificationStatus.Verified)]
    Start = 0,

    /// <summary>An investigation team of at least two investigates. (ARR2019 Art. 10)</summary>
    [Label("调查", "Investigation")]
    [Cites("ARR2019 Art. 10", Citations.VerificationStatus.Verified)]
    Investigation = 1,

    /// <summary>The fact statement is shown to the person, whose statement and defence are heard. (ARR2019 Art. 11)</summary>
    [Label("事实材料与陈述申辩", "Fact statement and defence")]
    [Cites("ARR2019 Art. 11", Citations.VerificationStatus.Unverified)]
    FactStatementAndDefence = 2,

    /// <summary>The team writes and signs the report. (ARR2019 Art. 11)</summary>
    [Label("调查报告", "Investigation report")]
    [Cites("ARR2019 Art. 11", Citations.VerificationStatus.Unverified)]
    Report = 3,

    /// <summary>The authority with management powers decides. (ARR2019 Art. 12)</summary>
    [Label("决定", "Decision")]
    [Cites("ARR2019 Art. 12", Citations.VerificationStatus.Verified)]
    Decision = 4,

    /// <summary>The decision document is delivered and announced. (ARR2019 Art. 13)</summary>
    [Label("送达", "Delivery")]
    [Cites("ARR2019 Art. 13", Citations.VerificationStatus.Unverified)]
    Delivery = 5,

    /// <summary>The decision is executed (organisational adjustment formalities within the pack's limit). (ARR2019 Art. 13)</summary>
    [Label("执行", "Execution")]
    [Cites("ARR2019 Art. 13", Citations.VerificationStatus.PartlyVerified)]
    Execution = 6,

    /// <summary>The subject may appeal in writing. (ARR2019 Art. 16)</summary>
    [Label("申诉", "Appeal")]
    [Cites("ARR2019 Art. 16", Citations.VerificationStatus.Unverified)]
    Appeal = 7,

    /// <summary>The deciding organisation answers the appeal. (ARR2019 Art. 16)</summary>
    [Label("申诉处理", "Appeal decision")]
    [Cites("ARR2019 Art. 16", Citations.VerificationStatus.Unverified)]
    AppealDecision = 8,

    /// <summary>A wrong or imprecise decision is corrected. (ARR2019 Art. 21)</summary>
    [Label("纠正", "Correction")]
    [Cites("ARR2019 Art. 21", Citations.VerificationStatus.Verified)]
    Correction = 9,
}
