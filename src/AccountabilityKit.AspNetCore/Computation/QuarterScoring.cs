using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using AccountabilityKit.AspNetCore.Contracts;
using AccountabilityKit.Assessment;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rankings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.AspNetCore.Computation;

/// <summary>
/// Scores every unit of a posted org tree that a rule set's unit groups cover, for one quarter, and ranks each unit group:
/// the same domain calls as <c>akit score</c> (<see cref="QuarterlyScorer"/> per unit with the findings of its subtree,
/// the previous quarter's for repeats, its bonuses and veto events; <see cref="Ranking.Rank(ScoringRuleSet, IEnumerable{ScoreCard})"/>
/// per rule set). Every issue is located in the request (<c>$.findings[3].categoryCode</c>), never in a per-unit input.
/// </summary>
internal static partial class QuarterScoring
{
    /// <summary>The scored cards with their rule sets, and the rankings; or the issues (errors) that prevent scoring.</summary>
    public sealed record Result(IReadOnlyList<(ScoringRuleSet RuleSet, ScoreCard Card)> Cards, IReadOnlyList<GroupRanking> Rankings, IReadOnlyList<(ScoringRuleSet RuleSet, GroupRanking Ranking)> RankingsByRuleSet);

    /// <summary>
    /// Checks the request's own parts (tree, findings, bonuses, vetoes) and adds every issue to <paramref name="issues"/>;
    /// returns the tree and the domain values when they could be built.
    /// </summary>
    public static (OrgTree? Tree, List<(int Index, Finding Finding)> Findings, List<(int Index, OrgUnitId Unit, BonusClaim Claim)> Bonuses, List<(int Index, OrgUnitId Unit, string Event)> Vetoes) Read(
        QuarterScoreRequest request, List<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(request);
        OrgTree? tree = null;
        try
        {
            tree = OrgTree.Build(request.Units);
        }
        catch (ValidationFailedException e)
        {
            issues.AddRange(e.Report.Issues.Select(i => i.Under("$.units")));
        }

        var quarter = request.Quarter;
        var previous = quarter.Previous();
        var findings = new List<(int, Finding)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.Findings.Count; i++)
        {
            var record = request.Findings[i];
            var at = JsonPaths.Combine("$.findings", string.Create(CultureInfo.InvariantCulture, $"[{i}]"));
            if (!ids.Add(record.Id))
            {
                issues.Add(ValidationIssue.Error(AssessmentIssueCodes.DuplicateFinding, JsonPaths.Combine(at, "id"), Catalog.Of(nameof(Messages.ScoreFindingDuplicate), ("id", record.Id))));
            }

            if (tree is not null && !tree.Contains(record.Unit))
            {
                issues.Add(ValidationIssue.Error(AssessmentIssueCodes.UnknownUnit, JsonPaths.Combine(at, "unit"), Catalog.Of(nameof(Messages.ScoreFindingUnitUnknown), ("id", record.Id), ("unit", record.Unit))));
            }

            if (record.Quarter != quarter && record.Quarter != previous)
            {
                issues.Add(ValidationIssue.Error(
                    AssessmentIssueCodes.FindingQuarterMismatch,
                    JsonPaths.Combine(at, "quarter"),
                    Catalog.Of(nameof(Messages.ScoreFindingQuarterOutside), ("id", record.Id), ("actual", record.Quarter), ("quarter", quarter), ("previous", previous))));
            }

            try
            {
                findings.Add((i, record.ToFinding()));
            }
            catch (ValidationFailedException e)
            {
                issues.AddRange(e.Report.Issues.Select(x => x.Under(at)));
            }
            catch (ArgumentException e)
            {
                issues.Add(ValidationIssue.Error(AssessmentIssueCodes.InvalidFinding, at, Catalog.Of(nameof(Messages.ScoreFindingInvalid), ("id", record.Id), ("reason", e.Message))));
            }
        }

        var bonuses = new List<(int, OrgUnitId, BonusClaim)>();
        var bonusRecords = request.Bonuses ?? [];
        for (var i = 0; i < bonusRecords.Count; i++)
        {
            var b = bonusRecords[i];
            var at = JsonPaths.Combine("$.bonuses", string.Create(CultureInfo.InvariantCulture, $"[{i}]"));
            CheckUnitAndQuarter(tree, b.Unit, b.Quarter, quarter, at, AssessmentIssueCodes.InvalidBonusClaim, issues);
            try
            {
                bonuses.Add((i, b.Unit, new BonusClaim(b.BonusId, b.Count ?? 1, b.Note)));
            }
            catch (ArgumentException e)
            {
                issues.Add(ValidationIssue.Error(AssessmentIssueCodes.InvalidBonusClaim, at, Catalog.Of(nameof(Messages.ScoreBonusInvalid), ("reason", e.Message))));
            }
        }

        var vetoes = new List<(int, OrgUnitId, string)>();
        var vetoRecords = request.Vetoes ?? [];
        for (var i = 0; i < vetoRecords.Count; i++)
        {
            var v = vetoRecords[i];
            var at = JsonPaths.Combine("$.vetoes", string.Create(CultureInfo.InvariantCulture, $"[{i}]"));
            CheckUnitAndQuarter(tree, v.Unit, v.Quarter, quarter, at, AssessmentIssueCodes.UnknownVetoEvent, issues);
            vetoes.Add((i, v.Unit, v.Event));
        }

        return (tree, findings, bonuses, vetoes);
    }

    /// <summary>
    /// Scores every unit a rule set covers (the first rule set whose groups include the unit's kind) and ranks each group.
    /// Issues of the per-unit inputs are added to <paramref name="issues"/> under the request's paths, once each.
    /// </summary>
    public static Result Score(
        OrgTree tree,
        IReadOnlyList<ScoringRuleSet> ruleSets,
        List<(int Index, Finding Finding)> findings,
        List<(int Index, OrgUnitId Unit, BonusClaim Claim)> bonuses,
        List<(int Index, OrgUnitId Unit, string Event)> vetoes,
        AssessmentQuarter quarter,
        LocalDate asOf,
        List<ValidationIssue> issues)
    {
        var scorers = ruleSets.Select(r => new QuarterlyScorer(r, tree)).ToList();
        var current = findings.Where(f => f.Finding.Quarter == quarter && tree.Contains(f.Finding.Unit)).ToList();
        var previous = findings.Where(f => f.Finding.Quarter == quarter.Previous() && tree.Contains(f.Finding.Unit)).ToList();
        var cards = new List<(ScoringRuleSet, ScoreCard)>();
        var seen = new HashSet<(string, string, string)>();
        foreach (var unit in tree.Units)
        {
            var scorer = scorers.FirstOrDefault(s => s.RuleSet.TryGetGroup(unit.Kind, out _));
            if (scorer is null)
            {
                continue;
            }

            var mine = current.Where(f => tree.IsWithin(f.Finding.Unit, unit.Id)).ToList();
            var before = previous.Where(f => tree.IsWithin(f.Finding.Unit, unit.Id)).ToList();
            var claims = bonuses.Where(b => b.Unit == unit.Id).ToList();
            var events = vetoes.Where(v => v.Unit == unit.Id).ToList();
            var input = new ScoringInput(unit.Id, quarter, asOf)
            {
                Findings = [.. mine.Select(f => f.Finding)],
                PreviousQuarterFindings = [.. before.Select(f => f.Finding)],
                Bonuses = [.. claims.Select(b => b.Claim)],
                VetoEvents = [.. events.Select(v => v.Event)],
            };
            var report = scorer.Validate(input);
            if (!report.IsValid)
            {
                foreach (var issue in report.Issues)
                {
                    var located = Relocate(issue, mine, before, claims, events);
                    if (seen.Add((located.Code, located.Path, located.Render(Localization.MessageCatalog.English))))
                    {
                        issues.Add(located);
                    }
                }

                continue;
            }

            cards.Add((scorer.RuleSet, scorer.Score(input)));
        }

        if (cards.Count == 0 && issues.Count == 0)
        {
            issues.Add(ValidationIssue.Error(AssessmentIssueCodes.UnitNotInGroup, "$.units", Catalog.Of(nameof(Messages.ScoreNoUnitScored))));
        }

        if (issues.Any(i => i.Severity == IssueSeverity.Error))
        {
            return new Result(cards, [], []);
        }

        var byRuleSet = ruleSets
            .SelectMany(r => Ranking.Rank(r, cards.Where(c => ReferenceEquals(c.Item1, r)).Select(c => c.Item2)).Select(g => (r, g)))
            .ToList();
        return new Result(cards, [.. byRuleSet.Select(p => p.g)], byRuleSet);
    }

    /// <summary>The answer's contract.</summary>
    public static QuarterScoreResponse Response(OrgTree tree, AssessmentQuarter quarter, LocalDate asOf, Result result, CultureInfo culture)
    {
        string NameOf(OrgUnitId id) => tree.TryGet(id, out var unit) ? unit.Name : string.Empty;
        return new QuarterScoreResponse(
            quarter.ToString(),
            ContractText.Date(asOf),
            [.. result.RankingsByRuleSet.Select(p => new GroupRankingResponse(
                p.RuleSet.Id,
                p.RuleSet.Version,
                p.Ranking.GroupId,
                p.RuleSet.UnitGroups.FirstOrDefault(g => string.Equals(g.Id, p.Ranking.GroupId, StringComparison.Ordinal))?.Name ?? p.Ranking.GroupId,
                [.. p.Ranking.Entries.Select(e => RankedUnitResponse.From(e, NameOf(e.Unit), culture))]))],
            [.. result.Cards.Select(c => ScoreCardResponse.From(c.Card, NameOf(c.Card.Unit), culture))]);
    }

    private static void CheckUnitAndQuarter(OrgTree? tree, OrgUnitId unit, AssessmentQuarter actual, AssessmentQuarter quarter, string at, string code, List<ValidationIssue> issues)
    {
        if (tree is not null && !tree.Contains(unit))
        {
            issues.Add(ValidationIssue.Error(AssessmentIssueCodes.UnknownUnit, JsonPaths.Combine(at, "unit"), Catalog.Of(nameof(Messages.ScoreUnitUnknown), ("unit", unit))));
        }

        if (actual != quarter)
        {
            issues.Add(ValidationIssue.Error(code, JsonPaths.Combine(at, "quarter"), Catalog.Of(nameof(Messages.ScoreQuarterMismatch), ("actual", actual), ("quarter", quarter))));
        }
    }

    /// <summary>An issue of a per-unit <see cref="ScoringInput"/> located in the request (<c>$.findings[k]…</c>, <c>$.bonuses[k]…</c>, <c>$.vetoes[k].event</c>).</summary>
    private static ValidationIssue Relocate(
        ValidationIssue issue,
        List<(int Index, Finding Finding)> findings,
        List<(int Index, Finding Finding)> previous,
        List<(int Index, OrgUnitId Unit, BonusClaim Claim)> bonuses,
        List<(int Index, OrgUnitId Unit, string Event)> vetoes)
    {
        var match = InputPath().Match(issue.Path);
        if (!match.Success)
        {
            // $.quarter (outside the rule set's period) is the request's own $.quarter; $.unit cannot occur (the unit is the tree's, its kind in a group).
            return issue;
        }

        var i = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
        var rest = match.Groups["rest"].Value;
        var path = match.Groups["list"].Value switch
        {
            "findings" => Indexed("$.findings", findings[i].Index, rest),
            "previousQuarterFindings" => Indexed("$.findings", previous[i].Index, rest),
            "bonuses" => Indexed("$.bonuses", bonuses[i].Index, rest),
            _ => Indexed("$.vetoes", vetoes[i].Index, ".event" + rest),
        };
        return new ValidationIssue(issue.Code, issue.Severity, path, issue.Text, issue.Citation);
    }

    private static string Indexed(string list, int index, string rest) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]{rest}");

    [GeneratedRegex(@"^\$\.(?<list>findings|previousQuarterFindings|bonuses|vetoEvents)\[(?<index>[0-9]+)\](?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex InputPath();
}
