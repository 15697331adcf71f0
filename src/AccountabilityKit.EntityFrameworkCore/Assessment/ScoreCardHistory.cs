using System.Text.Json;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.EntityFrameworkCore.History;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Assessment;

/// <summary>
/// Keeps the score-card history: for each added or modified <see cref="ScoreCard"/> whose content differs from its
/// latest stored version, appends a <see cref="ScoreCardVersion"/> (hashed onto the card's chain by the history
/// maintenance that runs next).
/// </summary>
internal static class ScoreCardHistory
{
    /// <summary>The canonical content of a version: every column.</summary>
    public static string Canonical(ScoreCardVersion v) =>
        HistoryChain.Canonical(v.Unit.Value, v.Quarter.ToString(), v.RuleSetId, v.RuleSetVersion, Normalize(v.Total), v.Grade, v.Snapshot);

    /// <summary>The card as the JSON stored in <see cref="ScoreCardVersion.Snapshot"/>.</summary>
    public static string Snapshot(ScoreCard card) => JsonSerializer.Serialize(card, AssessmentStorageJsonContext.Info<ScoreCard>());

    public static async ValueTask AppendVersionsAsync(DbContext context, bool async, CancellationToken cancellationToken)
    {
        if (!Model.ModelAreas.HistoryMapped<ScoreCard>(context, typeof(ScoreCardVersion)))
        {
            return;
        }

        var cards = context.ChangeTracker.Entries<ScoreCard>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => e.Entity)
            .ToList();
        foreach (var card in cards)
        {
            var key = ScoreCardVersion.KeyOf(card.Unit, card.Quarter);
            var query = context.Set<ScoreCardVersion>().AsNoTracking().Where(v => v.CardKey == key).OrderByDescending(v => v.Sequence);
            var tip = async ? await query.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) : query.FirstOrDefault();
            var snapshot = Snapshot(card);
            if (tip is not null && tip.Snapshot == snapshot)
            {
                continue;
            }

            context.Add(new ScoreCardVersion(key, (tip?.Sequence ?? 0) + 1, card.Unit, card.Quarter, card.RuleSetId, card.RuleSetVersion, card.Total, card.Grade, snapshot));
        }
    }

    // 98.0m and 98m are the same total; the canonical text must not depend on the scale a provider returns.
    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
