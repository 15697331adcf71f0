using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Assessment.Annual;

/// <summary>
/// Combines a unit's quarterly cards and its year-end score into the annual card, with the rule set's weights:
/// routine = Σ quarterWeight(q) × score(q); total = round(routine × routineWeight + yearEnd × yearEndWeight).
/// Missing quarters follow <see cref="AnnualRule.MissingQuarters"/>; a veto in any quarter forces the lowest annual grade.
/// </summary>
public static class AnnualAssessment
{
    /// <summary>Builds the annual card; throws <see cref="ValidationFailedException"/> on foreign or duplicate cards, a missing quarter under <c>reject</c>, or a negative year-end score.</summary>
    /// <param name="ruleSet">The rule set (its weights, policy, rounding and bands).</param>
    /// <param name="unit">The unit.</param>
    /// <param name="year">The year.</param>
    /// <param name="quarterCards">The unit's quarterly cards of the year (any order).</param>
    /// <param name="yearEndScore">The year-end assessment score.</param>
    /// <param name="policy">Overrides the rule set's missing-quarter policy, if given.</param>
    /// <returns>The annual card.</returns>
    public static AnnualCard Combine(ScoringRuleSet ruleSet, OrgUnitId unit, AssessmentYear year, IEnumerable<ScoreCard> quarterCards, decimal yearEndScore, MissingQuarterPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(quarterCards);
        var cards = quarterCards.ToList();
        var missing = policy ?? ruleSet.Annual.MissingQuarters;
        var issues = new ValidationReportBuilder();
        var byQuarter = new ScoreCard?[4];
        for (var i = 0; i < cards.Count; i++)
        {
            var card = cards[i];
            var at = issues.At("quarterCards", i);
            if (card is null)
            {
                at.Error(AssessmentIssueCodes.ForeignScoreCard, string.Empty, Catalog.Of(nameof(Messages.CardNull)));
                continue;
            }

            if (card.Unit != unit || card.Quarter.Year != year || !string.Equals(card.RuleSetId, ruleSet.Id, StringComparison.Ordinal))
            {
                at.Error(
                    AssessmentIssueCodes.ForeignScoreCard,
                    string.Empty,
                    Catalog.Of(nameof(Messages.CardOfOtherUnit), ("cardUnit", card.Unit), ("cardQuarter", card.Quarter), ("cardRuleSet", card.RuleSetId), ("unit", unit), ("year", year), ("ruleSet", ruleSet.Id)));
                continue;
            }

            if (byQuarter[card.Quarter.Quarter - 1] is not null)
            {
                at.Error(AssessmentIssueCodes.ForeignScoreCard, "quarter", Catalog.Of(nameof(Messages.TwoCardsOfQuarter), ("quarter", card.Quarter)));
                continue;
            }

            byQuarter[card.Quarter.Quarter - 1] = card;
        }

        if (yearEndScore < 0)
        {
            issues.Error(AssessmentIssueCodes.InvalidYearEndScore, "yearEndScore", Catalog.Of(nameof(Messages.NegativeYearEndScore), ("score", yearEndScore)));
        }

        var weights = ruleSet.Annual.QuarterWeights;
        var presentWeight = Enumerable.Range(0, 4).Where(q => byQuarter[q] is not null).Sum(q => weights[q]);
        if (missing == MissingQuarterPolicy.Reject)
        {
            for (var q = 0; q < 4; q++)
            {
                if (byQuarter[q] is null)
                {
                    issues.Error(AssessmentIssueCodes.MissingQuarter, "quarterCards", Catalog.Of(nameof(Messages.QuarterCardMissing), ("quarter", year.Quarter(q + 1))));
                }
            }
        }
        else if (missing == MissingQuarterPolicy.Reweight && presentWeight == 0)
        {
            issues.Error(AssessmentIssueCodes.MissingQuarter, "quarterCards", Catalog.Of(nameof(Messages.ReweightNeedsQuarter)));
        }

        issues.Build().ThrowIfInvalid();

        var lines = new List<AnnualLine>(6);
        var routine = 0m;
        var routineWeight = ruleSet.Annual.RoutineWeight;
        for (var q = 0; q < 4; q++)
        {
            var quarter = year.Quarter(q + 1);
            var card = byQuarter[q];
            decimal score;
            decimal weight;
            string key;
            if (card is not null)
            {
                score = card.Total;
                weight = missing == MissingQuarterPolicy.Reweight ? weights[q] / presentWeight : weights[q];
                key = nameof(Messages.AnnualQuarterLine);
            }
            else if (missing == MissingQuarterPolicy.Reweight)
            {
                continue; // its weight went to the present quarters
            }
            else
            {
                score = missing == MissingQuarterPolicy.CountAsFloor ? ruleSet.Floor : ruleSet.BaseScore;
                weight = weights[q];
                key = missing == MissingQuarterPolicy.CountAsFloor ? nameof(Messages.AnnualMissingAsFloor) : nameof(Messages.AnnualMissingAsBase);
            }

            routine += score * weight;
            var effective = weight * routineWeight;
            lines.Add(new AnnualLine("quarter", quarter, score, effective, score * effective, Catalog.Of(key, ("quarter", quarter), ("score", Catalog.Points(score)), ("weight", Catalog.Points(effective)))));
        }

        var yearEndWeight = ruleSet.Annual.YearEndWeight;
        lines.Add(new AnnualLine("yearEnd", null, yearEndScore, yearEndWeight, yearEndScore * yearEndWeight, Catalog.Of(nameof(Messages.AnnualYearEndLine), ("score", Catalog.Points(yearEndScore)), ("weight", Catalog.Points(yearEndWeight)))));
        var unrounded = lines.Sum(l => l.Points);
        var total = ruleSet.Round(unrounded);
        if (total != unrounded)
        {
            lines.Add(new AnnualLine("rounding", null, unrounded, 0m, total - unrounded, Catalog.Of(nameof(Messages.AnnualRounding), ("unrounded", Catalog.Points(unrounded)), ("total", Catalog.Points(total)))));
        }

        var veto = byQuarter.FirstOrDefault(c => c?.Veto is not null)?.Veto;
        var band = veto is null ? ruleSet.BandFor(total) : ruleSet.LowestBand;
        var group = byQuarter.FirstOrDefault(c => c is not null)?.GroupId ?? string.Empty;
        return new AnnualCard(unit, year, ruleSet.Id, group, routine, yearEndScore, total, band.Grade, band.Name, veto, lines.AsReadOnly());
    }
}
