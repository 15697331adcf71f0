using AccountabilityKit.Localization;

namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>What a save tried to do to an append-only history.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<AppendOnlyViolation>))]
public enum AppendOnlyViolation
{
    /// <summary>Update a stored entry.</summary>
    [Label("修改历史记录", "Update")]
    Update = 0,

    /// <summary>Delete a stored entry.</summary>
    [Label("删除历史记录", "Delete")]
    Delete = 1,

    /// <summary>Insert an entry whose sequence is not the next one of its chain.</summary>
    [Label("序号不连续", "Out of sequence")]
    OutOfSequence = 2,

    /// <summary>Save an aggregate whose history no longer starts with the stored entries (rewritten or shortened).</summary>
    [Label("改写历史", "Rewrite")]
    Rewrite = 3,
}
