using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;

namespace AccountabilityKit.Assessment.Annual;

/// <summary>An explainable annual result of one unit (年度党的建设考核): routine score (平时成绩) plus year-end score.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Year">The year.</param>
/// <param name="RuleSetId">The rule set's id.</param>
/// <param name="GroupId">The unit group.</param>
/// <param name="RoutineScore">The weighted quarterly score (unrounded).</param>
/// <param name="YearEndScore">The year-end assessment score.</param>
/// <param name="Total">The rounded annual total; equals the sum of <paramref name="Lines"/>.</param>
/// <param name="Grade">The grade's rank (before quotas).</param>
/// <param name="GradeName">The grade's display name.</param>
/// <param name="Veto">A quarterly veto carried into the year (forces the lowest grade), if any.</param>
/// <param name="Lines">The lines.</param>
public sealed record AnnualCard(
    OrgUnitId Unit,
    AssessmentYear Year,
    string RuleSetId,
    string GroupId,
    decimal RoutineScore,
    decimal YearEndScore,
    decimal Total,
    Grade Grade,
    string GradeName,
    VetoOutcome? Veto,
    IReadOnlyList<AnnualLine> Lines);
