using AccountabilityKit.Localization;

namespace AccountabilityKit.Checklists.Review;

/// <summary>What a participant does to a checklist under review.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<ReviewAction>))]
public enum ReviewAction
{
    /// <summary>The owner submits (from draft, or again after a return).</summary>
    [Label("提交", "Submit")]
    Submit = 0,

    /// <summary>The reviewer returns it for revision (退回修订), giving reasons.</summary>
    [Label("退回", "Return")]
    Return = 1,

    /// <summary>The reviewer approves it.</summary>
    [Label("审核通过", "Approve")]
    Approve = 2,
}
