using AccountabilityKit.Localization;

namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>How a history chain is broken at its first broken link.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<HistoryBreakKind>))]
public enum HistoryBreakKind
{
    /// <summary>The entry's content no longer matches its stored hash: the row was edited behind the library's back.</summary>
    [Label("内容被篡改", "Content changed")]
    ContentChanged = 0,

    /// <summary>The entry's stored previous hash is not its predecessor's hash: a predecessor was edited, replaced or inserted.</summary>
    [Label("前序哈希不符", "Predecessor changed")]
    PredecessorChanged = 1,

    /// <summary>The sequence skips a number (or does not start at 1): an entry was deleted.</summary>
    [Label("序号缺失", "Sequence gap")]
    SequenceGap = 2,

    /// <summary>The entry cannot be read back exactly as written: a column holds invalid JSON, text that does not parse, or (SQLite)
    /// a non-integer in an integer column.</summary>
    [Label("记录不可读", "Unreadable")]
    Unreadable = 3,

    /// <summary>The aggregate's current state (e.g. the score card's total, the review's history snapshot, the case's decision) is not
    /// what the chain's last entry says: it was edited without a new entry.</summary>
    [Label("当前状态被改动", "Current state changed")]
    CurrentStateChanged = 4,

    /// <summary>The chain ends before the head the host stored: its newest entries were deleted.</summary>
    [Label("历史被截断", "Truncated")]
    Truncated = 5,

    /// <summary>The chain holds another entry at the sequence of the head the host stored: it was rewritten with recomputed hashes.</summary>
    [Label("链头不符", "Head mismatch")]
    HeadMismatch = 6,
}
