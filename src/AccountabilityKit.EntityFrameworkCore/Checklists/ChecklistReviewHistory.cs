using AccountabilityKit.Checklists.Review;
using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.Localization;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Checklists;

/// <summary>
/// The review history of checklists as an append-only, hash-chained table: every <see cref="ReviewTransition"/> of a
/// saved <see cref="ChecklistReview"/> becomes one row of <c>checklist_review_transition</c>, chained per checklist id.
/// The review row keeps a snapshot of its history (so the review loads and is queried as one record); the chain is
/// what <see cref="HistoryChainVerifier"/> checks.
/// </summary>
internal static class ChecklistReviewHistory
{
    /// <summary>The shadow chain-key property of <see cref="ReviewTransition"/> rows.</summary>
    public const string ChecklistIdProperty = "ChecklistId";

    /// <summary>The shadow sequence property of <see cref="ReviewTransition"/> rows (1 = the first transition).</summary>
    public const string SequenceProperty = "Sequence";

    /// <summary>The canonical content of a transition (every field).</summary>
    public static string Canonical(ReviewTransition t) =>
        HistoryChain.Canonical(t.From, t.Action, t.To, t.By.Value, t.At, t.IssueCodes.IsDefault ? [] : t.IssueCodes, t.Reason);

    /// <summary>
    /// Binds the stored review to its chain: its history snapshot must list exactly the chain's transitions, and its state must be
    /// the last transition's target (<see cref="ReviewState.Draft"/> without transitions). A review without a stored row is not bound.
    /// </summary>
    public static async ValueTask<Message?> BindAsync(DbContext context, object chainKey, IReadOnlyList<StoredHistoryEntry> entries, bool async, CancellationToken cancellationToken)
    {
        var id = (string)chainKey;
        var query = context.Set<ChecklistReview>().AsNoTracking().Where(r => r.ChecklistId == id);
        var review = async ? await query.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) : query.FirstOrDefault();
        if (review is null)
        {
            return null;
        }

        if (entries.Count == 0 && review.History.Length > 0)
        {
            return Catalog.Of(nameof(Messages.HistoryCurrentStateWithoutHistory));
        }

        var sequence = entries.Count == 0 ? 0 : entries[^1].Sequence;
        var history = review.History;
        var sameHistory = history.Length == entries.Count
            && history.Select(Canonical).SequenceEqual(entries.Select(e => e.CanonicalContent), StringComparer.Ordinal);
        if (!sameHistory)
        {
            return Catalog.Of(nameof(Messages.HistoryCurrentStateChanged), ("field", "history"), ("sequence", sequence));
        }

        var state = entries.Count == 0 ? ReviewState.Draft : ((ReviewTransition)entries[^1].Entity!).To;
        return review.State == state ? null : Catalog.Of(nameof(Messages.HistoryCurrentStateChanged), ("field", "state"), ("sequence", sequence));
    }

    /// <summary>
    /// For each added or modified review: checks that its history starts with the stored transitions (else
    /// <see cref="HistoryAppendOnlyException"/>, <see cref="AppendOnlyViolation.Rewrite"/>) and adds the new ones as rows.
    /// </summary>
    public static async ValueTask AppendNewTransitionsAsync(DbContext context, bool async, CancellationToken cancellationToken)
    {
        if (!Model.ModelAreas.HistoryMapped<ChecklistReview>(context, typeof(ReviewTransition)))
        {
            return;
        }

        var reviews = context.ChangeTracker.Entries<ChecklistReview>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .ToList();
        var at = context.Model.FindEntityType(typeof(ReviewTransition))!.FindProperty(nameof(ReviewTransition.At))!;
        foreach (var reviewEntry in reviews)
        {
            // The snapshot and the rows keep the instants the store keeps (1 µs on PostgreSQL), so both say the same.
            var review = reviewEntry.Entity;
            if (review.History.Any(t => HistoryStorage.Stored(at, t.At) != t.At))
            {
                reviewEntry.Property(r => r.History).CurrentValue = [.. review.History.Select(t => t with { At = HistoryStorage.Stored(at, t.At) })];
            }

            var id = review.ChecklistId;
            var query = context.Set<ReviewTransition>().AsNoTracking()
                .Where(t => EF.Property<string>(t, ChecklistIdProperty) == id)
                .OrderBy(t => EF.Property<int>(t, SequenceProperty));
            var stored = async ? await query.ToListAsync(cancellationToken).ConfigureAwait(false) : query.ToList();
            var pending = context.ChangeTracker.Entries<ReviewTransition>()
                .Where(e => e.State == EntityState.Added && Equals(e.Property(ChecklistIdProperty).CurrentValue, id))
                .OrderBy(e => (int)e.Property(SequenceProperty).CurrentValue!)
                .Select(e => e.Entity);
            var known = stored.Concat(pending).ToList();
            var history = review.History;
            for (var i = 0; i < known.Count; i++)
            {
                if (i >= history.Length || Canonical(history[i]) != Canonical(known[i]))
                {
                    throw new HistoryAppendOnlyException(
                        nameof(ReviewTransition), id, i + 1, AppendOnlyViolation.Rewrite,
                        Catalog.Of(nameof(Messages.ReviewHistoryRewritten), ("count", known.Count), ("sequence", i + 1)));
                }
            }

            for (var i = known.Count; i < history.Length; i++)
            {
                // Copies, so the review's own records are never tracked; shadow key first, then tracked as added.
                var entry = context.Entry(history[i] with { });
                entry.Property(ChecklistIdProperty).CurrentValue = id;
                entry.Property(SequenceProperty).CurrentValue = i + 1;
                entry.State = EntityState.Added;
            }
        }
    }
}
