using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Serialization;
using AccountabilityKit.TestSupport;

namespace AccountabilityKit.Assessment.Tests;

/// <summary>Fuzz target of the rule-set loader (bounded by AKIT_FUZZ_SECONDS).</summary>
[Trait("Category", "Fuzz")]
public class FuzzTests
{
    [Fact]
    public void Fuzz_RuleSetLoader_AcceptsOrRefusesWithTypedIssues_AndRoundTrips()
    {
        DocumentFuzz.Run<ScoringRuleSet>(
            [TestRuleSets.Json, .. BuiltInRuleSets.All.Select(ScoringRuleSetJson.Save)],
            static (byte[] bytes, out ScoringRuleSet? value, out Validation.ValidationReport report) =>
            {
                using var stream = new MemoryStream(bytes);
                return ScoringRuleSetJson.TryLoad(stream, DocumentLimits.Default, out value, out report);
            },
            ScoringRuleSetJson.Save);
    }
}
