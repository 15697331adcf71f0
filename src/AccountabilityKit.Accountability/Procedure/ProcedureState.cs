using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Procedure;

/// <summary>Where a procedure step stands on a given day.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<ProcedureState>))]
public enum ProcedureState
{
    /// <summary>The step has its date. (ARR2019 Art. 9)</summary>
    [Label("已完成", "Done")]
    [Cites("ARR2019 Art. 9", Citations.VerificationStatus.Verified)]
    Done = 0,

    /// <summary>The step is open and its time limit has not passed. (ARR2019 Art. 9)</summary>
    [Label("待办", "Due")]
    [Cites("ARR2019 Art. 9", Citations.VerificationStatus.Verified)]
    Due = 1,

    /// <summary>The step is open and its time limit has passed. (ARR2019 Art. 9)</summary>
    [Label("已超期", "Late")]
    [Cites("ARR2019 Art. 9", Citations.VerificationStatus.Verified)]
    Late = 2,

    /// <summary>The step cannot start before an earlier one is done. (ARR2019 Art. 9)</summary>
    [Label("未到", "Waiting")]
    [Cites("ARR2019 Art. 9", Citations.VerificationStatus.Verified)]
    Waiting = 3,

    /// <summary>
    /// The window for the step passed without it being taken (e.g. no appeal); for a correction, nothing was found wrong
    /// and no appeal is open (ARR2019 Art. 21). (ARR2019 Art. 16)
    /// </summary>
    [Label("已关闭", "Closed")]
    [Cites("ARR2019 Art. 16", Citations.VerificationStatus.Unverified)]
    Closed = 4,

    /// <summary>The step must have happened (a later step is done) but the case records no date for it. (ARR2019 Art. 10)</summary>
    [Label("未记录", "Not recorded")]
    [Cites("ARR2019 Art. 10", Citations.VerificationStatus.Verified)]
    NotRecorded = 5,
}
