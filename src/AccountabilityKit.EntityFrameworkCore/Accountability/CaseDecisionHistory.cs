using System.Collections.Immutable;
using System.Text.Json;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.Localization;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Accountability;

/// <summary>
/// Keeps the case decision history: for each added or modified <see cref="AccountabilityCase"/> that is decided and whose
/// decision differs from its latest stored entry, appends a <see cref="CaseDecision"/> (hashed onto the case's chain by
/// the history maintenance that runs next).
/// </summary>
internal static class CaseDecisionHistory
{
    /// <summary>The canonical content of an entry: every column.</summary>
    public static string Canonical(CaseDecision d) =>
        HistoryChain.Canonical(d.DecidedOn, d.CorrectedOn, d.Harm, d.Organizations, d.Cadres, d.RecordedBy.Value, d.RecordedAt);

    /// <summary>The decision an entry describes (every column but who and when).</summary>
    private static IEnumerable<(string Name, string Value)> Fields(CaseDecision d) =>
    [
        ("decidedOn", HistoryChain.Canonical(d.DecidedOn)),
        ("correctedOn", HistoryChain.Canonical(d.CorrectedOn)),
        ("harm", d.Harm.ToString()),
        ("organizations", d.Organizations),
        ("cadres", d.Cadres),
    ];

    private static bool SameDecision(CaseDecision a, CaseDecision b) => Fields(a).SequenceEqual(Fields(b));

    private static CaseDecision? Describe(AccountabilityCase @case, int sequence) =>
        @case.DecidedOn is not { } decidedOn
            ? null
            : new CaseDecision(
                @case.Id,
                sequence,
                decidedOn,
                @case.CorrectedOn,
                @case.Harm,
                JsonSerializer.Serialize(@case.Organizations, AccountabilityStorageJsonContext.Info<ImmutableArray<AccountableOrganization>>()),
                JsonSerializer.Serialize(@case.Cadres, AccountabilityStorageJsonContext.Info<ImmutableArray<AccountableCadre>>()));

    /// <summary>
    /// Binds the stored case to its last decision entry: its decision date, correction date, harm, organisations and cadres must
    /// be the entry's (a decided case must have a decision history). A case without a stored row is not bound.
    /// </summary>
    public static async ValueTask<Message?> BindAsync(DbContext context, object chainKey, IReadOnlyList<StoredHistoryEntry> entries, bool async, CancellationToken cancellationToken)
    {
        var id = (string)chainKey;
        var query = context.Set<AccountabilityCase>().AsNoTracking().Where(c => c.Id == id);
        var @case = async ? await query.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) : query.FirstOrDefault();
        if (@case is null || (entries.Count == 0 && @case.DecidedOn is null))
        {
            return null;
        }

        if (entries.Count == 0)
        {
            return Catalog.Of(nameof(Messages.HistoryCurrentStateWithoutHistory));
        }

        var head = (CaseDecision)entries[^1].Entity!;
        if (Describe(@case, head.Sequence) is not { } current)
        {
            return Catalog.Of(nameof(Messages.HistoryCurrentStateChanged), ("field", "decidedOn"), ("sequence", head.Sequence));
        }

        var field = Fields(current).Zip(Fields(head)).FirstOrDefault(f => f.First.Value != f.Second.Value).First.Name;
        return field is null ? null : Catalog.Of(nameof(Messages.HistoryCurrentStateChanged), ("field", field), ("sequence", head.Sequence));
    }

    public static async ValueTask AppendDecisionsAsync(DbContext context, bool async, CancellationToken cancellationToken)
    {
        if (!Model.ModelAreas.HistoryMapped<AccountabilityCase>(context, typeof(CaseDecision)))
        {
            return;
        }

        var cases = context.ChangeTracker.Entries<AccountabilityCase>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified && e.Entity.DecidedOn is not null)
            .Select(e => e.Entity)
            .ToList();
        foreach (var @case in cases)
        {
            var id = @case.Id;
            var query = context.Set<CaseDecision>().AsNoTracking().Where(d => d.CaseId == id).OrderByDescending(d => d.Sequence);
            var tip = async ? await query.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) : query.FirstOrDefault();
            var next = Describe(@case, (tip?.Sequence ?? 0) + 1)!;
            if (tip is not null && SameDecision(tip, next))
            {
                continue;
            }

            context.Add(next);
        }
    }
}
