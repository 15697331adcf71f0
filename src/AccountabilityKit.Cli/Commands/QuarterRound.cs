using AccountabilityKit.Assessment;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Cli.Commands;

/// <summary>
/// Scores every unit of an org tree that a rule set's unit groups cover, for one quarter: the unit's findings and
/// those of its subordinate units, the previous quarter's for repeats, and its bonus claims.
/// </summary>
internal static class QuarterRound
{
    public static (IReadOnlyList<(ScoringRuleSet RuleSet, ScoreCard Card)> Cards, IReadOnlyList<(Message Source, ValidationIssue Issue)> Issues) Score(
        OrgTree tree,
        IReadOnlyList<ScoringRuleSet> ruleSets,
        IReadOnlyList<Finding> findings,
        IReadOnlyList<(OrgUnitId Unit, AssessmentQuarter Quarter, BonusClaim Claim)> bonuses,
        AssessmentQuarter quarter,
        LocalDate asOf)
    {
        var scorers = ruleSets.Select(r => new QuarterlyScorer(r, tree)).ToList();
        var current = findings.Where(f => f.Quarter == quarter).ToList();
        var previous = findings.Where(f => f.Quarter == quarter.Previous()).ToList();
        var cards = new List<(ScoringRuleSet, ScoreCard)>();
        var issues = new List<(Message Source, ValidationIssue Issue)>();
        foreach (var unit in tree.Units)
        {
            var scorer = scorers.FirstOrDefault(s => s.RuleSet.TryGetGroup(unit.Kind, out _));
            if (scorer is null)
            {
                continue;
            }

            var input = new ScoringInput(unit.Id, quarter, asOf)
            {
                Findings = [.. current.Where(f => tree.Contains(f.Unit) && tree.IsWithin(f.Unit, unit.Id))],
                PreviousQuarterFindings = [.. previous.Where(f => tree.Contains(f.Unit) && tree.IsWithin(f.Unit, unit.Id))],
                Bonuses = [.. bonuses.Where(b => b.Unit == unit.Id && b.Quarter == quarter).Select(b => b.Claim)],
            };
            var report = scorer.Validate(input);
            if (!report.IsValid)
            {
                issues.AddRange(report.Issues.Select(i => (Catalog.Of(nameof(Messages.SourceUnit), ("unit", unit.Id)), i)));
                continue;
            }

            cards.Add((scorer.RuleSet, scorer.Score(input)));
        }

        foreach (var finding in current.Where(f => !tree.Contains(f.Unit)))
        {
            var issue = ValidationIssue.Error(
                AssessmentIssueCodes.UnknownUnit,
                JsonPaths.Combine(JsonPaths.Root, "unit"),
                Catalog.Of(nameof(Messages.FindingUnitUnknown), ("unit", finding.Unit)));
            issues.Add((Catalog.Of(nameof(Messages.SourceFinding), ("id", finding.Id)), issue));
        }

        return (cards, issues);
    }
}
