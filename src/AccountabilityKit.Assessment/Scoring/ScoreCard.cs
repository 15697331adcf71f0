using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;

namespace AccountabilityKit.Assessment.Scoring;

/// <summary>An explainable quarterly score (平时成绩) of one unit: total, grade, veto and the lines that add up to the total.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Quarter">The quarter.</param>
/// <param name="RuleSetId">The rule set's id.</param>
/// <param name="RuleSetVersion">The rule set's version.</param>
/// <param name="GroupId">The unit group the unit is ranked in.</param>
/// <param name="Total">The rounded total; equals the sum of <paramref name="Lines"/>.</param>
/// <param name="Grade">The grade's rank (before quotas, which apply after ranking).</param>
/// <param name="GradeName">The grade's display name from the rule set.</param>
/// <param name="Veto">The veto that forced the lowest grade, if any.</param>
/// <param name="Lines">The lines, in the documented order.</param>
public sealed record ScoreCard(
    OrgUnitId Unit,
    AssessmentQuarter Quarter,
    string RuleSetId,
    string RuleSetVersion,
    string GroupId,
    decimal Total,
    Grade Grade,
    string GradeName,
    VetoOutcome? Veto,
    IReadOnlyList<ScoreLine> Lines)
{
    /// <summary>The sum of the deduction lines of findings and overdue rectifications after caps (a positive number).</summary>
    public decimal DeductedPoints => -Lines.Where(l => l.Kind is ScoreLineKind.Deduction or ScoreLineKind.CategoryCap or ScoreLineKind.Overdue or ScoreLineKind.OverdueCap).Sum(l => l.Points);

    /// <summary>The bonus points after caps.</summary>
    public decimal BonusPoints => Lines.Where(l => l.Kind is ScoreLineKind.Bonus or ScoreLineKind.BonusCap).Sum(l => l.Points);
}
