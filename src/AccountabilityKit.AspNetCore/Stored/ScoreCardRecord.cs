using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>The JSON contract of a stored score card: who, which quarter, under which rule set, the total and the grade.</summary>
internal sealed record ScoreCardRecord(
    OrgUnitId Unit,
    AssessmentQuarter Quarter,
    string RuleSetId,
    string RuleSetVersion,
    string GroupId,
    decimal Total,
    Grade Grade,
    string GradeName,
    bool Vetoed,
    decimal DeductedPoints,
    decimal BonusPoints)
{
    public static ScoreCardRecord From(ScoreCard card) =>
        new(card.Unit, card.Quarter, card.RuleSetId, card.RuleSetVersion, card.GroupId, card.Total, card.Grade, card.GradeName, card.Veto is not null, card.DeductedPoints, card.BonusPoints);
}
