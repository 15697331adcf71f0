using AccountabilityKit.Assessment.Annual;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Organization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Assessment.Rankings;

/// <summary>
/// Ranks cards within each unit group and applies the grade quotas.
/// </summary>
/// <remarks>
/// Rank: standard competition ranking on the total (1, 2, 2, 4): equal totals share a rank. Listing order inside a tie
/// (the documented tie-breaks, which never change a rank): fewer points deducted, then no veto before veto, then unit id (ordinal).
/// Quotas, after ranking, from the top band down: a band with quota q admits at most ⌊q × group size⌋ units, taken by rank;
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
    public static IReadOnlyList<GroupRanking> Rank(ScoringRuleSet ruleSet, IEnumerable<ScoreCard> cards)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(cards);
        var list = cards.ToList();
        var issues = new List<ValidationIssue>();
        var units = new HashSet<OrgUnitId>();
        for (var i = 0; i < list.Count; i++)
        {
            var c = list[i];
            var path = JsonPaths.Index("$.cards", i);
            if (c is null)
            {
                issues.Add(ValidationIssue.Error(AssessmentIssueCodes.InvalidRankingInput, path, "The card is missing (null)."));
                continue;
            }

            if (!string.Equals(c.RuleSetId, ruleSet.Id, StringComparison.Ordinal) || !string.Equals(c.RuleSetVersion, ruleSet.Version, StringComparison.Ordinal))
            {
                issues.Add(ValidationIssue.Error(AssessmentIssueCodes.InvalidRankingInput, path + ".ruleSetId", $"The card was scored under '{c.RuleSetId}' {c.RuleSetVersion}, not '{ruleSet.Id}' {ruleSet.Version}."));
            }

            if (c.Quarter != list[0].Quarter)
            {
                issues.Add(ValidationIssue.Error(AssessmentIssueCodes.InvalidRankingInput, path + ".quarter", $"The card is of {c.Quarter}, the first of {list[0].Quarter}."));
            }

            if (!units.Add(c.Unit))
            {
                issues.Add(ValidationIssue.Error(AssessmentIssueCodes.InvalidRankingInput, path + ".unit", $"The unit {c.Unit} has two cards."));
            }
        }

        ValidationReport.From(issues).ThrowIfInvalid();
        return RankCore(ruleSet, list.Select(c => new Entry(c.Unit, c.GroupId, c.Total, c.DeductedPoints, c.Veto is not null, c.Grade)));
    }

    /// <summary>Ranks annual cards (all of one year and one rule set) per unit group.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="cards">The annual cards.</param>
    /// <returns>One ranking per group.</returns>
    public static IReadOnlyList<GroupRanking> Rank(ScoringRuleSet ruleSet, IEnumerable<AnnualCard> cards)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(cards);
        var list = cards.ToList();
        var issues = new List<ValidationIssue>();
        var units = new HashSet<OrgUnitId>();
        for (var i = 0; i < list.Count; i++)
        {
            var c = list[i];
            var path = JsonPaths.Index("$.cards", i);
            if (c is null || !string.Equals(c.RuleSetId, ruleSet.Id, StringComparison.Ordinal) || c.Year != list[0]!.Year || !units.Add(c.Unit))
            {
                issues.Add(ValidationIssue.Error(AssessmentIssueCodes.InvalidRankingInput, path, "The card is missing, of another rule set or year, or a second card of its unit."));
            }
        }

        ValidationReport.From(issues).ThrowIfInvalid();
        return RankCore(ruleSet, list.Select(c => new Entry(c.Unit, c.GroupId, c.Total, ruleSet.BaseScore - c.Total, c.Veto is not null, c.Grade)));
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

                var allowed = (int)Math.Floor(quota * size);
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
                    ? $"一票否决，定为{band.Name}"
                    : demoted[i]
                        ? $"得分{QuarterlyScorer.Format(e.Total)}分，第{ranks[i]}名，超出上一等次名额（{size}个单位），定为{band.Name}"
                        : $"得分{QuarterlyScorer.Format(e.Total)}分，第{ranks[i]}名，定为{band.Name}";
                ranked.Add(new RankedUnit(e.Unit, e.Total, ranks[i], band.Grade, band.Name, demoted[i], reason));
            }

            result.Add(new GroupRanking(groupId, ranked.AsReadOnly()));
        }

        return result;
    }

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

    private readonly record struct Entry(OrgUnitId Unit, string GroupId, decimal Total, decimal Deducted, bool Vetoed, Grade Grade);
}
