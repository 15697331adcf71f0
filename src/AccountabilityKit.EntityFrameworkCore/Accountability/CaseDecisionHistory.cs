using System.Collections.Immutable;
using System.Text.Json;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.EntityFrameworkCore.History;
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
        HistoryChain.Canonical(d.DecidedOn, d.CorrectedOn, d.Harm, d.Organizations, d.Cadres);

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
            var next = new CaseDecision(
                id,
                (tip?.Sequence ?? 0) + 1,
                @case.DecidedOn!.Value,
                @case.CorrectedOn,
                @case.Harm,
                JsonSerializer.Serialize(@case.Organizations, AccountabilityStorageJsonContext.Info<ImmutableArray<AccountableOrganization>>()),
                JsonSerializer.Serialize(@case.Cadres, AccountabilityStorageJsonContext.Info<ImmutableArray<AccountableCadre>>()));
            if (tip is not null && Canonical(tip) == Canonical(next))
            {
                continue;
            }

            context.Add(next);
        }
    }
}
