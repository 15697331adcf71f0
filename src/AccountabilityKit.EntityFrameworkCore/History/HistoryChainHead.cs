namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>
/// The head of a history chain as it was verified or written: its last sequence and that entry's hash. A host stores it outside
/// the database (a signed report, another system, a write-once log) and passes it back to <see cref="HistoryChainVerifier"/>,
/// which then reports a chain that was shortened (<see cref="HistoryBreakKind.Truncated"/>) or rewritten
/// (<see cref="HistoryBreakKind.HeadMismatch"/>) since.
/// </summary>
/// <param name="EntityType">The history entity type's name, e.g. <c>ScoreCardVersion</c>.</param>
/// <param name="ChainKey">The chain key, formatted with the invariant culture.</param>
/// <param name="Sequence">The last entry's sequence.</param>
/// <param name="Hash">The last entry's hash (64 lowercase hex digits).</param>
public sealed record HistoryChainHead(string EntityType, string ChainKey, int Sequence, string Hash);
