using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>
/// The history part of the save interceptor: first lets each derived history (an aggregate whose history is a list
/// inside it, e.g. a checklist review's transitions) append its new entries, then rejects updates and deletes of
/// history entries, then hashes every added entry onto its chain.
/// </summary>
internal static class HistoryChainMaintenance
{
    /// <summary>
    /// Aggregates whose history lives inside them: each appends the entries new since the last save as history rows.
    /// Add one line here for another area's derived history.
    /// </summary>
    private static readonly Func<DbContext, bool, CancellationToken, ValueTask>[] DerivedHistories =
    [
        Checklists.ChecklistReviewHistory.AppendNewTransitionsAsync,
        Assessment.ScoreCardHistory.AppendVersionsAsync,
        Accountability.CaseDecisionHistory.AppendDecisionsAsync,
    ];

    public static async ValueTask BeforeSaveAsync(DbContext context, bool async, CancellationToken cancellationToken)
    {
        foreach (var derived in DerivedHistories)
        {
            await derived(context, async, cancellationToken).ConfigureAwait(false);
        }

        var added = new List<(HistoryEntryDescriptor Descriptor, EntityEntry Entry, object Key, int Sequence)>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (HistoryEntryDescriptor.Find(entry.Metadata) is not { } descriptor)
            {
                continue;
            }

            var key = entry.Property(descriptor.ChainKeyProperty).CurrentValue
                ?? throw new InvalidOperationException(Catalog.Of(nameof(Messages.HistoryChainKeyMissing), ("entity", entry.Metadata.DisplayName()), ("property", descriptor.ChainKeyProperty)).Render(null));
            var sequence = (int)entry.Property(descriptor.SequenceProperty).CurrentValue!;
            switch (entry.State)
            {
                case EntityState.Modified:
                    throw new HistoryAppendOnlyException(
                        entry.Metadata.ClrType.Name, HistoryChain.FormatKey(key), sequence, AppendOnlyViolation.Update,
                        Catalog.Of(nameof(Messages.HistoryUpdateRefused)));
                case EntityState.Deleted:
                    throw new HistoryAppendOnlyException(
                        entry.Metadata.ClrType.Name, HistoryChain.FormatKey(key), sequence, AppendOnlyViolation.Delete,
                        Catalog.Of(nameof(Messages.HistoryDeleteRefused)));
                case EntityState.Added:
                    added.Add((descriptor, entry, key, sequence));
                    break;
            }
        }

        foreach (var chain in added.GroupBy(a => (a.Descriptor, a.Key)))
        {
            var (descriptor, key) = chain.Key;
            var tip = await descriptor.FindTipAsync(context, key, async, cancellationToken).ConfigureAwait(false);
            var previousHash = tip?.Hash ?? HistoryChain.GenesisHash;
            var expected = (tip?.Sequence ?? 0) + 1;
            var keyText = HistoryChain.FormatKey(key);
            foreach (var (_, entry, _, sequence) in chain.OrderBy(a => a.Sequence))
            {
                if (sequence != expected)
                {
                    throw new HistoryAppendOnlyException(
                        entry.Metadata.ClrType.Name, keyText, sequence, AppendOnlyViolation.OutOfSequence,
                        Catalog.Of(nameof(Messages.HistoryOutOfSequence), ("expected", expected)));
                }

                var hash = HistoryChain.ComputeHash(previousHash, keyText, sequence, descriptor.CanonicalContent(entry.Entity));
                entry.Property(HistoryChain.PreviousHashProperty).CurrentValue = previousHash;
                entry.Property(HistoryChain.HashProperty).CurrentValue = hash;
                previousHash = hash;
                expected++;
            }
        }
    }
}
