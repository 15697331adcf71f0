using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using NodaTime;

namespace AccountabilityKit.EntityFrameworkCore.Assessment;

/// <summary>
/// One version of a unit's quarterly <see cref="ScoreCard"/> in its append-only, hash-chained history (table
/// <c>score_card_version</c>, chained per <see cref="CardKey"/>). The kit's save interceptor appends a version whenever a
/// card is added or saved with different content, so a re-scored or corrected card never overwrites what was shown
/// before, and records who saved it and when; <see cref="History.HistoryChainVerifier"/> reports the first version edited behind
/// the library's back, and a current card that is no longer what its last version says.
/// </summary>
public sealed record ScoreCardVersion
{
    internal ScoreCardVersion(string cardKey, int sequence, OrgUnitId unit, AssessmentQuarter quarter, string ruleSetId, string ruleSetVersion, decimal total, Grade grade, string snapshot)
    {
        CardKey = cardKey;
        Sequence = sequence;
        Unit = unit;
        Quarter = quarter;
        RuleSetId = ruleSetId;
        RuleSetVersion = ruleSetVersion;
        Total = total;
        Grade = grade;
        Snapshot = snapshot;
    }

    /// <summary>The chain key: <c>unit/quarter</c>, e.g. <c>RG/2026Q2</c> (see <see cref="KeyOf"/>).</summary>
    public string CardKey { get; }

    /// <summary>The position in the card's history, from 1.</summary>
    public int Sequence { get; }

    /// <summary>The card's unit.</summary>
    public OrgUnitId Unit { get; }

    /// <summary>The card's quarter.</summary>
    public AssessmentQuarter Quarter { get; }

    /// <summary>The rule set the card was scored with.</summary>
    public string RuleSetId { get; }

    /// <summary>The rule set's version.</summary>
    public string RuleSetVersion { get; }

    /// <summary>The card's total in this version.</summary>
    public decimal Total { get; }

    /// <summary>The card's grade in this version.</summary>
    public Grade Grade { get; }

    /// <summary>The whole card in this version (lines, veto, grade name) as JSON.</summary>
    public string Snapshot { get; }

    /// <summary>Who saved this version: the save's explicit actor or the ambient one (<see cref="History.HistoryOptions.Actor"/>).</summary>
    public PersonId RecordedBy { get; }

    /// <summary>When this version was saved, from the context's <see cref="History.HistoryOptions.Clock"/> at the store's precision.</summary>
    public Instant RecordedAt { get; }

    /// <summary>The chain key of the card of <paramref name="unit"/> in <paramref name="quarter"/>.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="quarter">The quarter.</param>
    /// <returns><c>unit/quarter</c>, e.g. <c>RG/2026Q2</c>.</returns>
    public static string KeyOf(OrgUnitId unit, AssessmentQuarter quarter) => $"{unit.Value}/{quarter}";
}
