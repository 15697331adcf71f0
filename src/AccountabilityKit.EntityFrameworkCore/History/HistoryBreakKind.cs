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
}
