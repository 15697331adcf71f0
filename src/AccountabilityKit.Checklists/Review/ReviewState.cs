using AccountabilityKit.Localization;

namespace AccountabilityKit.Checklists.Review;

/// <summary>Where a checklist stands in its review.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<ReviewState>))]
public enum ReviewState
{
    /// <summary>Being written by its owner.</summary>
    [Label("草稿", "Draft")]
    Draft = 0,

    /// <summary>Submitted for review.</summary>
    [Label("已提交", "Submitted")]
    Submitted = 1,

    /// <summary>Returned for revision (退回修订), with reasons.</summary>
    [Label("退回修订", "Returned")]
    Returned = 2,

    /// <summary>Approved; final.</summary>
    [Label("已审核通过", "Approved")]
    Approved = 3,
}
