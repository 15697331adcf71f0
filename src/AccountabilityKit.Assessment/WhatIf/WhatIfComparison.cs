using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Organization;

namespace AccountabilityKit.Assessment.WhatIf;

/// <summary>
/// Scores the same inputs under two rule sets and reports per-unit differences — how an administrator previews next year's rules.
/// The proposed rule set's effective period is not checked (it usually starts next year); everything else is validated as usual.
/// </summary>
public static class WhatIfComparison
{
    /// <summary>Compares two rule sets on the same inputs.</summary>
    /// <param name="current">The rule set in force.</param>
    /// <param name="proposed">The rule set under review.</param>
    /// <param name="tree">The org tree.</param>
    /// <param name="inputs">The inputs (typically this year's findings of every unit).</param>
    /// <returns>One difference per input, largest absolute change first, then by unit id and quarter.</returns>
    public static IReadOnlyList<UnitDifference> Compare(ScoringRuleSet current, ScoringRuleSet proposed, OrgTree tree, IEnumerable<ScoringInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var a = new QuarterlyScorer(current, tree);
        var b = new QuarterlyScorer(proposed, tree);
        return inputs
            .Select(i => new UnitDifference(i.Unit, i.Quarter, a.Score(i, checkPeriod: true), b.Score(i, checkPeriod: false)))
            .OrderByDescending(d => Math.Abs(d.Delta))
            .ThenBy(d => d.Unit)
            .ThenBy(d => d.Quarter)
            .ToList()
            .AsReadOnly();
    }
}
