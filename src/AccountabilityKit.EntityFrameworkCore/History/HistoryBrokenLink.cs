using AccountabilityKit.Localization;

namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>The first broken link of a history chain, as <see cref="HistoryChainVerifier"/> found it.</summary>
/// <param name="Sequence">The sequence of the first entry that fails (the entry id within its chain).</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="ExpectedHash">What the chain says the checked hash should be: the recomputed hash of the content
/// (<see cref="HistoryBreakKind.ContentChanged"/>) or the predecessor's stored hash (the other kinds).</param>
/// <param name="ActualHash">The hash stored in the row: its own hash (<see cref="HistoryBreakKind.ContentChanged"/>) or its
/// stored previous hash (the other kinds).</param>
/// <param name="Explanation">The finding as a message (ids <c>EntityFrameworkCore.History*</c>, with the sequences as
/// arguments); render it with <see cref="Message.Render"/> in zh-CN or English.</param>
public sealed record HistoryBrokenLink(int Sequence, HistoryBreakKind Kind, string ExpectedHash, string ActualHash, Message Explanation);
