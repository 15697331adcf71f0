using System.Collections.Immutable;
using System.Globalization;
using AccountabilityKit.Assessment.Scoring;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>A unit's quarterly score card (平时成绩): total, grade, veto and every line; the lines add up to <see cref="Total"/>.</summary>
/// <param name="Unit">The unit's id.</param>
/// <param name="UnitName">The unit's name from the posted org units.</param>
/// <param name="Quarter">The quarter (<c>2021Q2</c>).</param>
/// <param name="RuleSetId">The rule set's id.</param>
/// <param name="RuleSetVersion">The rule set's version.</param>
/// <param name="GroupId">The unit group the unit is ranked in.</param>
/// <param name="Total">The rounded total, a JSON number; equals the sum of the lines' points.</param>
/// <param name="Grade">The grade the score earns (before quotas, which the ranking applies), as code and label.</param>
/// <param name="GradeName">The grade's name in the rule set (好, 较好 …).</param>
/// <param name="Veto">The veto that forced the lowest grade, or <see langword="null"/>.</param>
/// <param name="DeductedPoints">The points deducted for findings and overdue rectifications after caps (positive).</param>
/// <param name="BonusPoints">The bonus points after caps.</param>
/// <param name="Lines">The lines, in the documented scoring order.</param>
public sealed record ScoreCardResponse(
    string Unit,
    string UnitName,
    string Quarter,
    string RuleSetId,
    string RuleSetVersion,
    string GroupId,
    decimal Total,
    CodeLabel Grade,
    string GradeName,
    VetoResponse? Veto,
    decimal DeductedPoints,
    decimal BonusPoints,
    ImmutableArray<ScoreLineResponse> Lines)
{
    /// <summary>The contract of <paramref name="card"/> in <paramref name="culture"/>.</summary>
    /// <param name="card">The kit's card.</param>
    /// <param name="unitName">The unit's name.</param>
    /// <param name="culture">The response's language.</param>
    /// <returns>The contract.</returns>
    public static ScoreCardResponse From(ScoreCard card, string unitName, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(unitName);
        ArgumentNullException.ThrowIfNull(culture);
        return new ScoreCardResponse(
            card.Unit.Value,
            unitName,
            card.Quarter.ToString(),
            card.RuleSetId,
            card.RuleSetVersion,
            card.GroupId,
            card.Total,
            CodeLabel.Of(card.Grade, culture),
            card.GradeName,
            card.Veto is { } veto ? VetoResponse.From(veto, culture) : null,
            card.DeductedPoints,
            card.BonusPoints,
            [.. card.Lines.Select(l => ScoreLineResponse.From(l, culture))]);
    }
}
