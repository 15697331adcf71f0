using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>
/// The history part of the save interceptor: first lets each derived history (an aggregate whose history is a list
/// inside it, e.g. a checklist review's transitions) append its new entries, records the actor and the instant on every
/// added entry that carries them, then rejects updates and deletes of history entries, then hashes every added entry onto
/// its chain (keyed when <see cref="HistoryOptions.Key"/> is set) over the values as the store keeps them.
/// </summary>
internal static class HistoryChainMaintenance
{
    /// <summary>The annotation of entity types whose rows record who saved them and when (<see cref="RecordedByProperty"/>, <see cref="RecordedAtProperty"/>).</summary>
    public const string RecordedAnnotation = "AccountabilityKit:Recorded";

    /// <summary>The property recording who saved an entry.</summary>
    public const string RecordedByProperty = "RecordedBy";

    /// <summary>The property recording when an entry was saved.</summary>
    public const string RecordedAtProperty = "RecordedAt";

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

    public static async ValueTask BeforeSaveAsync(DbContext context, HistoryOptions options, bool async, CancellationToken cancellationToken)
    {
        foreach (var derived in DerivedHistories)
        {
            await derived(context, async, cancellationToken).ConfigureAwait(false);
        }

        Record(context, options);

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
                    HistoryStorage.NormalizeInstants(entry);
                    added.Add((descriptor, entry, key, sequence));
                    break;
            }
        }

        var hashKey = options.CurrentKey;
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

                var hash = HistoryChain.ComputeHash(hashKey, previousHash, keyText, sequence, descriptor.CanonicalContent(entry.Entity));
                entry.Property(HistoryChain.PreviousHashProperty).CurrentValue = previousHash;
                entry.Property(HistoryChain.HashProperty).CurrentValue = hash;
                previousHash = hash;
                expected++;
            }
        }
    }

    // Who and when, on every added entry that records them: the save's explicit actor or the ambient one, and the clock's
    // instant at the store's precision. Refused (nothing saved) without an actor or a clock.
    private static void Record(DbContext context, HistoryOptions options)
    {
        var explicitActor = HistorySaveExtensions.ExplicitActor(context);
        NodaTime.Instant? now = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Added || entry.Metadata.FindAnnotation(RecordedAnnotation) is null)
            {
                continue;
            }

            var entityType = entry.Metadata.ClrType.Name;
            var actor = options.RequireActor(entityType, explicitActor);
            var clock = options.Clock
                ?? throw new InvalidOperationException(Catalog.Of(nameof(Messages.HistoryClockMissing), ("entity", entityType)).Render(null));
            now ??= clock.GetCurrentInstant();
            entry.Property(RecordedByProperty).CurrentValue = actor;
            entry.Property(RecordedAtProperty).CurrentValue = HistoryStorage.Stored(entry.Metadata.FindProperty(RecordedAtProperty)!, now.Value);
        }
    }
}
