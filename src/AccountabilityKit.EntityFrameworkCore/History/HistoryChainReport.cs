namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>The result of verifying one history chain.</summary>
/// <param name="EntityType">The history entity type's name, e.g. <c>ReviewTransition</c>.</param>
/// <param name="ChainKey">The chain key (the aggregate's id), formatted with the invariant culture.</param>
/// <param name="EntryCount">How many entries are stored in the chain.</param>
/// <param name="FirstBrokenLink">The first broken link, or <see langword="null"/> when the chain is intact.</param>
public sealed record HistoryChainReport(string EntityType, string ChainKey, int EntryCount, HistoryBrokenLink? FirstBrokenLink)
{
    /// <summary>True when every entry matches its hash and links to its predecessor.</summary>
    public bool IsIntact => FirstBrokenLink is null;
}
