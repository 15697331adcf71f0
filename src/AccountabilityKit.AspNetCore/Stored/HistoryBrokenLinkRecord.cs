using AccountabilityKit.EntityFrameworkCore.History;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>The first bad entry of a chain: its sequence, the kind of break, the hashes and the explanation.</summary>
internal sealed record HistoryBrokenLinkRecord(int Sequence, HistoryBreakKind Kind, string ExpectedHash, string ActualHash, string Explanation);
