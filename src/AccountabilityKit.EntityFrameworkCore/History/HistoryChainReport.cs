namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>The result of verifying one history chain.</summary>
/// <param name="EntityType">The history entity type's name, e.g. <c>ReviewTransition</c>.</param>
/// <param name="ChainKey">The chain key (the aggregate's id), formatted with the invariant culture.</param>
/// <param name="EntryCount">How many entries are stored in the chain.</param>
/// <param name="FirstBrokenLink">The first broken link, or <see langword="null"/> when the chain is intact.</param>
/// <param name="Head">The head of the intact chain (its last sequence and hash), to store outside the database and pass back to
/// the next verification; <see langword="null"/> when the chain is broken or empty.</param>
public sealed record HistoryChainReport(string EntityType, string ChainKey, int EntryCount, HistoryBrokenLink? FirstBrokenLink, HistoryChainHead? Head)
{
    /// <summary>True when every entry reads back, matches its hash and links to its predecessor, the current state is what the
    /// head says, and the chain still reaches the expected head (when one was given).</summary>
    public bool IsIntact => FirstBrokenLink is null;
}
