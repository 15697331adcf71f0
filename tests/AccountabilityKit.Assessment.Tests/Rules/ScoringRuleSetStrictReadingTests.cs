using System.Text;
using System.Text.Json.Nodes;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Serialization;
using AccountabilityKit.TestSupport;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Assessment.Tests.Rules;

/// <summary>Strict reading of rule sets (issue 18, "Reading"): nulls below the root, numeric ranges, duplicate keys, enum spelling, limits.</summary>
public class ScoringRuleSetStrictReadingTests
{
    private static string With(Action<JsonObject> change)
    {
        var node = JsonNode.Parse(TestRuleSets.Json)!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    private static ValidationReport Refused(string json)
    {
        ScoringRuleSetJson.TryLoad(json, out var set, out var report).Should().BeFalse();
        set.Should().BeNull();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        FluentActions.Invoking(() => ScoringRuleSetJson.Load(stream)).Should().Throw<ValidationFailedException>()
            .Which.Report.Issues.Should().Equal(report.Issues);
        return report;
    }

    [Theory]
    [InlineData("categories", 1)]
    [InlineData("bonuses", 0)]
    [InlineData("gradeBands", 2)]
    [InlineData("unitGroups", 1)]
    [InlineData("vetoes", 0)]
    public void NullListElement_IsReportedAsAK044WithItsPath(string list, int index)
    {
        var report = Refused(With(n => n[list]!.AsArray()[index] = null));
        report.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == "AK044" && i.Path == $"$.{list}[{index}]");
    }

    [Fact]
    public void NullElementOfANestedList_IsReportedAsAK044WithItsPath()
    {
        var report = Refused(With(n => n["unitGroups"]![0]!["unitKinds"]!.AsArray().Add(null)));
        report.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == "AK044" && i.Path == "$.unitGroups[0].unitKinds[1]");
    }

    [Theory]
    [InlineData("baseScore")]
    [InlineData("bonusCap")]
    public void HugeScore_IsAS017BeforeAnyArithmetic(string property)
    {
        var report = Refused(With(n => n[property] = JsonValue.Create(decimal.MaxValue)));
        report.Issues.Should().Contain(i => i.Code == AssessmentIssueCodes.ValueOutOfRange && i.Path == "$." + property, "the report was {0}", report);
    }

    [Fact]
    public void HugeQuarterWeights_AreAS017NotAnOverflowingSum()
    {
        var report = Refused(With(n => n["annual"]!["quarterWeights"] = new JsonArray(decimal.MaxValue, decimal.MaxValue, 0, 0)));
        report.Issues.Should().Contain(i => i.Code == AssessmentIssueCodes.ValueOutOfRange && i.Path == "$.annual.quarterWeights[0]");
    }

    [Fact]
    public void HugeRoutineAndYearEndWeights_AreAS017NotAnOverflowingSum()
    {
        var report = Refused(With(n =>
        {
            n["annual"]!["routineWeight"] = decimal.MaxValue;
            n["annual"]!["yearEndWeight"] = decimal.MaxValue;
        }));
        report.Issues.Should().Contain(i => i.Code == AssessmentIssueCodes.ValueOutOfRange && i.Path == "$.annual.routineWeight");
    }

    [Theory]
    [InlineData("categories", "cap")]
    [InlineData("bonuses", "points")]
    [InlineData("gradeBands", "minScore")]
    public void HugeValueInAListEntry_IsAS017WithItsPath(string list, string property)
    {
        var report = Refused(With(n => n[list]![0]![property] = decimal.MaxValue));
        report.Issues.Should().Contain(i => i.Code == AssessmentIssueCodes.ValueOutOfRange && i.Path == $"$.{list}[0].{property}", "the report was {0}", report);
    }

    [Fact]
    public void HugeRepeatFactor_IsAS017()
    {
        Refused(With(n => n["repeat"]!["factor"] = 1000)).Issues.Should().Contain(i => i.Code == AssessmentIssueCodes.ValueOutOfRange && i.Path == "$.repeat.factor");
    }

    [Fact]
    public void DuplicateKey_IsAK048WithItsPath()
    {
        var json = TestRuleSets.Json.Replace("\"baseScore\": 100,", "\"baseScore\": 100, \"baseScore\": 90,", StringComparison.Ordinal);
        Refused(json).Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == "AK048" && i.Path == "$.baseScore");
    }

    [Fact]
    public void EnumInAnotherCase_IsRefused()
    {
        var json = TestRuleSets.Json.Replace("\"awayFromZero\"", "\"AwayFromZero\"", StringComparison.Ordinal);
        Refused(json).Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == "AK043" && i.Path == "$.rounding.mode");
    }

    [Fact]
    public void Limits_AreHonouredByEveryLoad()
    {
        var small = DocumentLimits.Default with { MaxBytes = 100 };
        ScoringRuleSetJson.TryLoad(TestRuleSets.Json, small, out _, out var report).Should().BeFalse();
        report.Issues.Should().ContainSingle().Which.Code.Should().Be("AK046");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(TestRuleSets.Json));
        ScoringRuleSetJson.TryLoad(stream, small, out _, out var fromStream).Should().BeFalse();
        fromStream.Issues.Should().ContainSingle().Which.Code.Should().Be("AK046");
        ScoringRuleSetJson.TryLoad(TestRuleSets.Json, DocumentLimits.Default with { MaxDepth = 2 }, out _, out var deep).Should().BeFalse();
        deep.Issues.Should().ContainSingle().Which.Code.Should().Be("AK047");
        ScoringRuleSetJson.Load(TestRuleSets.Json, DocumentLimits.Default).Should().NotBeNull();
    }

    [Fact]
    public void InvalidUtf8InAStream_IsAK045()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(TestRuleSets.Json)];
        var at = Encoding.UTF8.GetBytes(TestRuleSets.Json).AsSpan().IndexOf("测"u8);
        bytes[at + 1] = 0x20;
        using var stream = new MemoryStream(bytes);
        FluentActions.Invoking(() => ScoringRuleSetJson.Load(stream)).Should().Throw<ValidationFailedException>()
            .Which.Report.Issues.Should().ContainSingle().Which.Code.Should().Be("AK045");
    }
}
