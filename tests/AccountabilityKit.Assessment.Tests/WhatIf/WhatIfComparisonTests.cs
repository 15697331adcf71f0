using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Assessment.WhatIf;
using AccountabilityKit.Assessment.Tests.TestSupport;
using static AccountabilityKit.Assessment.Tests.TestSupport.Fixtures;

namespace AccountabilityKit.Assessment.Tests.WhatIf;

public class WhatIfComparisonTests
{
    [Fact]
    public void Compare_StricterNextYearRules_ReportsPerUnitDifferences()
    {
        var current = Fixtures.RuleSet();
        var proposed = Fixtures.RuleSet(n =>
        {
            n["id"] = "test-2027";
            n["effectiveFrom"] = "2027Q1";
            n["effectiveTo"] = "2027Q4";
            n["categories"]![0]!["deductions"]!["general"] = 3;
            n["gradeBands"]![0]!["minScore"] = 95;
            n["gradeBands"]![1]!["maxScore"] = 95;
        });
        var inputs = new[]
        {
            new ScoringInput(CountyA, Q2, EndOfQ2) { Findings = [Finding("a1", "political", FindingSeverity.General), Finding("a2", "political", FindingSeverity.General)] },
            new ScoringInput(CountyB, Q2, EndOfQ2) { Findings = [Finding("b1", "workStyle", FindingSeverity.General, unit: CountyB)] },
        };

        var differences = WhatIfComparison.Compare(current, proposed, Tree, inputs);

        // A: current 100 − 2 − 2 = 96 (好); proposed 100 − 3 − 3 = 94 (较好: 好 now starts at 95) → −2, grade changed.
        // B: 100 − 1 = 99 under both → 0.
        differences.Select(d => (d.Unit, d.Current.Total, d.Proposed.Total, d.Delta, d.GradeChanged)).Should().Equal(
            (CountyA, 96m, 94m, -2m, true),
            (CountyB, 99m, 99m, 0m, false));
        differences[0].Proposed.RuleSetId.Should().Be("test-2027");
        differences[0].Proposed.Grade.Should().Be(Grade.Good);
    }

    [Fact]
    public void Compare_FindingOfUnknownCategoryInProposedSet_Throws()
    {
        var proposed = Fixtures.RuleSet(n =>
        {
            n["categories"]!.AsArray().RemoveAt(1);
        });
        var inputs = new[] { Input(Finding("w", "workStyle", FindingSeverity.Minor)) };
        var act = () => { WhatIfComparison.Compare(Fixtures.RuleSet(), proposed, Tree, inputs); };

        act.ShouldFailValidation().ShouldHaveExactly((AssessmentIssueCodes.UnknownCategory, "$.findings[0].categoryCode"));
    }
}
