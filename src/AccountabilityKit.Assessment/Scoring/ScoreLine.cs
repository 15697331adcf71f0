using AccountabilityKit.Citations;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Assessment.Scoring;

/// <summary>One line of a score card: the points one rule item contributed and why. The lines of a card sum exactly to its total.</summary>
/// <param name="Kind">What the line accounts for.</param>
/// <param name="RuleItemId">The rule set's item id (category code, bonus id, or <c>base</c>, <c>overdue</c>, <c>floor</c>, <c>bonusCap</c>, <c>rounding</c>).</param>
/// <param name="FindingId">The finding the line is about, if any.</param>
/// <param name="Points">Signed points (deductions are negative).</param>
/// <param name="Reason">Why, as a catalogue message (zh-CN by default, English for an <c>en</c> culture: <c>Reason.Render(culture)</c>).</param>
/// <param name="Citation">The regulation the rule item rests on, if any.</param>
public sealed record ScoreLine(ScoreLineKind Kind, string RuleItemId, string? FindingId, decimal Points, Message Reason, Citation? Citation = null);
