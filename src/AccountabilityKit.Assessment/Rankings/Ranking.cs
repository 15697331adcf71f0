using AccountabilityKit.Assessment.Annual;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Assessment.Rankings;

/// <summary>
/// Ranks cards within each unit group and applies the grade quotas.
/// </summary>
/// <remarks>
/// Rank: standard competition ranking on the total (1, 2, 2, 4): equal totals share a rank. Listing order inside a tie
/// (the documented tie-breaks, which never change a rank): fewer points deducted, then no veto before veto, then unit id (ordinal).
/// Quotas, after ranking, from the top band down: a band with quota q admits at most the allowance of the rule set's
/// <see cref="ScoringRuleSet.Quotas"/> rule (q × group size rounded down, half up or up, at least one if the rule says so), taken by rank;
/// units tied at the boundary are treated alike — if they do not all fit, none of them is admitted — so a quota is never exceeded
/// and never decided by an arbitrary tie-break. Units not admitted move to the next band (and meet its quota in turn).
/// Vetoed units keep the lowest grade.
/// </remarks>
public static class Ranking
{
    /// <summary>Ranks quarterly cards (all of one quarter and one rule set) per unit group.</summary>
    /// <param name="ruleSet">The rule set the cards were scored with.</param>
    /// <param name="cards">The cards.</param>
    /// <returns>One ranking per group, in the rule set's group order (groups without cards are left out).</returns>
    /// <exception cref="ValidationFailedException">A card is null, of another rule set (id or version) or quarter, or a second card of its unit (<c>AS070</c>).</exception>
    public static IReadOnlyList<GroupRanking> Rank(ScoringRuleSet ruleSet, IEnumerable<ScoreCard> cards)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(cards);
        return Rank(ruleSet, cards.ToList(), static (c, rules) => new Entry(
            c.Unit,
            c.GroupId,
            c.Total,
            c.DeductedPoints,
            c.Veto is not null,
            c.Grade,
            string.Equals(c.RuleSetId, rules.Id, StringComparison.Ordinal) && string.Equals(c.RuleSetVersion, rules.Version, StringComparison.Ordinal),
            c.RuleSetId + " " + c.RuleSetVersion,
            MessageArgument.Quarter("period", c.Quarter),
            "quarter"));
    }

    /// <summary>Ranks annual cards (all of one year and one rule set) per unit group, the same way as quarterly cards.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="cards">The annual cards.</param>
    /// <returns>One ranking per group.</returns>
    /// <exception cref="ValidationFailedException">A card is null, of another rule set or year, or a second card of its unit (<c>AS070</c>).</exception>
    public static IReadOnlyList<GroupRanking> Rank(ScoringRuleSet ruleSet, IEnumerable<AnnualCard> cards)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(cards);
        return Rank(ruleSet, cards.ToList(), static (c, rules) => new Entry(
            c.Unit,
            c.GroupId,
            c.Total,
            rules.BaseScore - c.Total,
            c.Veto is not null,
            c.Grade,
            string.Equals(c.RuleSetId, rules.Id, StringComparison.Ordinal),
            c.RuleSetId,
            MessageArgument.Year("period", c.Year),
            "year"));
    }

    /// <summary>The one ranking mechanism: every card projected to an entry, checked alike, then ranked.</summary>
    private static List<GroupRanking> Rank<TCard>(ScoringRuleSet ruleSet, List<TCard> cards, Func<TCard, ScoringRuleSet, Entry> entryOf)
        where TCard : class
    {
        var issues = new ValidationReportBuilder();
        var units = new HashSet<OrgUnitId>();
        var entries = new List<Entry>(cards.Count);
        MessageArgument? first = null;
        var ruleSetName = ruleSet.Id + " " + ruleSet.Version;
        for (var i = 0; i < cards.Count; i++)
        {
            var card = issues.At("cards", i);
            if (cards[i] is not { } c)
            {
                card.Error(AssessmentIssueCodes.InvalidRankingInput, string.Empty, Catalog.Of(nameof(Messages.CardNull)));
                continue;
            }

            var e = entryOf(c, ruleSet);
            entries.Add(e);
            if (!e.OfRuleSet)
            {
                card.Error(AssessmentIssueCodes.InvalidRankingInput, "ruleSetId", Catalog.Of(nameof(Messages.CardOfOtherRuleSet), ("cardRuleSet", e.RuleSetName), ("ruleSet", ruleSetName)));
            }

            first ??= e.Period;
            if (!e.Period.Equals(first.Value))
            {
                card.Error(AssessmentIssueCodes.InvalidRankingInput, e.PeriodProperty, Catalog.Of(nameof(Messages.CardOfOtherPeriod), e.Period, Renamed(first.Value, "first")));
            }

            if (!units.Add(e.Unit))
            {
                card.Error(AssessmentIssueCodes.InvalidRankingInput, "unit", Catalog.Of(nameof(Messages.UnitHasTwoCards), ("unit", e.Unit)));
            }
        }

        issues.Build().ThrowIfInvalid();
        return RankCore(ruleSet, entries);
    }

    private static List<GroupRanking> RankCore(ScoringRuleSet ruleSet, IEnumerable<Entry> entries)
    {
        var result = new List<GroupRanking>();
        var groups = entries.GroupBy(e => e.GroupId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var order = ruleSet.UnitGroups.Select(g => g.Id).Concat(groups.Keys.Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal);
        foreach (var groupId in order)
        {
            if (!groups.TryGetValue(groupId, out var members))
            {
                continue;
            }

            var sorted = members
                .OrderByDescending(e => e.Total)
                .ThenBy(e => e.Deducted)
                .ThenBy(e => e.Vetoed)
                .ThenBy(e => e.Unit)
                .ToList();
            var ranks = new int[sorted.Count];
            for (var i = 0; i < sorted.Count; i++)
            {
                ranks[i] = i > 0 && sorted[i].Total == sorted[i - 1].Total ? ranks[i - 1] : i + 1;
            }

            var bandIndex = sorted.Select(e => IndexOf(ruleSet, e.Grade)).ToArray();
            var demoted = new bool[sorted.Count];
            var size = sorted.Count;
            for (var b = 0; b < ruleSet.GradeBands.Count - 1; b++)
            {
                if (ruleSet.GradeBands[b].Quota is not { } quota)
                {
                    continue;
                }

                var allowed = ruleSet.Quotas.Allowance(quota, size);
                var candidates = Enumerable.Range(0, size).Where(i => bandIndex[i] == b).ToList(); // already in rank order
                var admitted = 0;
                var k = 0;
                while (k < candidates.Count)
                {
                    // The tie of candidates sharing this rank is admitted whole or not at all.
                    var tieEnd = k;
                    while (tieEnd + 1 < candidates.Count && ranks[candidates[tieEnd + 1]] == ranks[candidates[k]])
                    {
                        tieEnd++;
                    }

                    var tieSize = tieEnd - k + 1;
                    if (admitted + tieSize <= allowed)
                    {
                        admitted += tieSize;
                        k = tieEnd + 1;
                        continue;
                    }

                    for (var j = k; j < candidates.Count; j++)
                    {
                        bandIndex[candidates[j]] = b + 1;
                        demoted[candidates[j]] = true;
                    }

                    break;
                }
            }

            var ranked = new List<RankedUnit>(size);
            for (var i = 0; i < size; i++)
            {
                var e = sorted[i];
                var band = ruleSet.GradeBands[bandIndex[i]];
                var reason = e.Vetoed
                    ? Catalog.Of(nameof(Messages.RankVetoed), ("grade", band.Name))
                    : demoted[i]
                        ? Catalog.Of(nameof(Messages.RankDemoted), ("score", Catalog.Points(e.Total)), ("rank", ranks[i]), ("size", size), ("grade", band.Name))
                        : Catalog.Of(nameof(Messages.Ranked), ("score", Catalog.Points(e.Total)), ("rank", ranks[i]), ("grade", band.Name));
                ranked.Add(new RankedUnit(e.Unit, e.Total, ranks[i], band.Grade, band.Name, demoted[i], reason));
            }

            result.Add(new GroupRanking(groupId, ranked.AsReadOnly()));
        }

        return result;
    }

    private static MessageArgument Renamed(MessageArgument period, string name) => period.Value switch
    {
        Time.AssessmentQuarter q => MessageArgument.Quarter(name, q),
        Time.AssessmentYear y => MessageArgument.Year(name, y),
        _ => MessageArgument.Text(name, period.Value.ToString()),
    };

    private static int IndexOf(ScoringRuleSet ruleSet, Grade grade)
    {
        for (var i = 0; i < ruleSet.GradeBands.Count; i++)
        {
            if (ruleSet.GradeBands[i].Grade == grade)
            {
                return i;
            }
        }

        return ruleSet.GradeBands.Count - 1;
    }

    private readonly record struct Entry(OrgUnitId Unit, string GroupId, decimal Total, decimal Deducted, bool Vetoed, Grade Grade, bool OfRuleSet, string RuleSetName, MessageArgument Period, string PeriodProperty);
}
