using System.Text.Json;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
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
        HistoryChain.Canonical(v.Unit.Value, v.Quarter.ToString(), v.RuleSetId, v.RuleSetVersion, v.Total, v.Grade, v.Snapshot, v.RecordedBy.Value, v.RecordedAt);

    /// <summary>
    /// Binds the stored card to its last version: every stored field of the card (rule set, group, total, grade, grade name, veto,
    /// lines) must be the snapshot's. A card without a stored row is not bound (deleting a card keeps its history).
    /// </summary>
    public static async ValueTask<Message?> BindAsync(DbContext context, object chainKey, IReadOnlyList<StoredHistoryEntry> entries, bool async, CancellationToken cancellationToken)
    {
        var key = (string)chainKey;
        var slash = key.LastIndexOf('/');
        if (slash <= 0 || !AssessmentQuarter.TryParse(key[(slash + 1)..], out var quarter))
        {
            return null;
        }

        var unit = new OrgUnitId(key[..slash]);
        var query = context.Set<ScoreCard>().AsNoTracking().Where(c => c.Unit == unit && c.Quarter == quarter);
        var card = async ? await query.FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) : query.FirstOrDefault();
        if (card is null)
        {
            return null;
        }

        if (entries.Count == 0)
        {
            return Catalog.Of(nameof(Messages.HistoryCurrentStateWithoutHistory));
        }

        var head = (ScoreCardVersion)entries[^1].Entity!;
        var described = JsonSerializer.Deserialize(head.Snapshot, AssessmentStorageJsonContext.Info<ScoreCard>())!;
        var field = Fields(card).Zip(Fields(described)).FirstOrDefault(f => f.First.Value != f.Second.Value).First.Name;
        return field is null ? null : Catalog.Of(nameof(Messages.HistoryCurrentStateChanged), ("field", field), ("sequence", head.Sequence));
    }

    private static IEnumerable<(string Name, string Value)> Fields(ScoreCard card) =>
    [
        ("unit", card.Unit.Value),
        ("quarter", card.Quarter.ToString()),
        ("ruleSetId", card.RuleSetId),
        ("ruleSetVersion", card.RuleSetVersion),
        ("groupId", card.GroupId),
        ("total", HistoryChain.ExactDecimal(card.Total)),
        ("grade", card.Grade.ToString()),
        ("gradeName", card.GradeName),
        ("veto", card.Veto is null ? "null" : JsonSerializer.Serialize(card.Veto, AssessmentStorageJsonContext.Info<VetoOutcome>())),
        ("lines", JsonSerializer.Serialize(card.Lines, AssessmentStorageJsonContext.Info<IReadOnlyList<ScoreLine>>())),
    ];

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
}
