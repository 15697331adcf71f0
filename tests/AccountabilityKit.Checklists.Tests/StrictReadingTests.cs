using System.Text.Json.Nodes;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Checklists.Tests.Tailoring;
using AccountabilityKit.Checklists.Tests.Templates;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Checklists.Tests;

/// <summary>Strict reading of templates and checklists (issue 18, "Reading").</summary>
public class StrictReadingTests
{
    private static string With(string json, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    private static void ShouldBeSingle(ValidationReport report, string code, string path) =>
        report.Issues.Should().ContainSingle("the report was {0}", report).Which.Should().Match<ValidationIssue>(i => i.Code == code && i.Path == path);

    [Fact]
    public void NullTagOfADuty_IsAK044WithItsPath_NeverSavedBack()
    {
        var json = With(ChecklistTemplateJsonTests.Valid, n => n["aspects"]![0]!["duties"]![1]!["tags"]!.AsArray().Add(null));
        ChecklistTemplateJson.TryLoad(json, out var template, out var report).Should().BeFalse();
        template.Should().BeNull();
        ShouldBeSingle(report, "AK044", "$.aspects[0].duties[1].tags[1]");
    }

    [Theory]
    [InlineData("$.aspects[0]")]
    [InlineData("$.aspects[0].duties[2]")]
    [InlineData("$.aspects[0].duties[0].roles[0]")]
    [InlineData("$.unitKinds[0]")]
    [InlineData("$.withdrawnDutyCodes[0]")]
    public void NullElementInATemplate_IsAK044WithItsPath(string path)
    {
        var json = With(ChecklistTemplateJsonTests.Valid, n => SetNull(n, path));
        ChecklistTemplateJson.TryLoad(json, out _, out var report).Should().BeFalse();
        ShouldBeSingle(report, "AK044", path);
    }

    [Theory]
    [InlineData("$.items[0].dutyCodes[0]")]
    [InlineData("$.items[0].milestones[0]")]
    [InlineData("$.items[0]")]
    public void NullElementInAChecklist_IsAK044WithItsPath(string path)
    {
        var json = With(ResponsibilityChecklistJsonTests.Valid, n => SetNull(n, path));
        ResponsibilityChecklistJson.TryLoad(json, out var checklist, out var report).Should().BeFalse();
        checklist.Should().BeNull();
        ShouldBeSingle(report, "AK044", path);
    }

    [Fact]
    public void ChecklistItemWithANullDutyCode_CannotBeBuilt_SoTheValidatorNeverMeetsOne()
    {
        FluentActions.Invoking(() => new ChecklistItem("i1", ["C03-02", null!], "内容", "措施", [], "标准")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ChecklistItem("i1", ["C03-02"], "内容", "措施", [null!], "标准")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void DuplicateKeyInATemplate_IsAK048()
    {
        var json = ChecklistTemplateJsonTests.Valid.Replace("\"version\": 1,", "\"version\": 1, \"version\": 2,", StringComparison.Ordinal);
        ChecklistTemplateJson.TryLoad(json, out _, out var report).Should().BeFalse();
        ShouldBeSingle(report, "AK048", "$.version");
    }

    [Fact]
    public void EnumInAnotherCase_IsAK043()
    {
        var json = ChecklistTemplateJsonTests.Valid.Replace("[\"county\"]", "[\"County\"]", StringComparison.Ordinal);
        ChecklistTemplateJson.TryLoad(json, out _, out var report).Should().BeFalse();
        ShouldBeSingle(report, "AK043", "$.unitKinds[0]");
    }

    [Fact]
    public void Limits_AreHonoured()
    {
        var limits = DocumentLimits.Default with { MaxBytes = 50 };
        ChecklistTemplateJson.TryLoad(ChecklistTemplateJsonTests.Valid, limits, out _, out var report).Should().BeFalse();
        report.Issues.Should().ContainSingle().Which.Code.Should().Be("AK046");
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ResponsibilityChecklistJsonTests.Valid));
        ResponsibilityChecklistJson.TryLoad(stream, limits, out _, out var fromStream).Should().BeFalse();
        fromStream.Issues.Should().ContainSingle().Which.Code.Should().Be("AK046");
    }

    /// <summary>Sets the element or property at a simple path (<c>$.a[0].b</c>) to null.</summary>
    internal static void SetNull(JsonNode root, string path)
    {
        var segments = System.Text.RegularExpressions.Regex.Matches(path[1..], @"\.([A-Za-z]+)|\[(\d+)\]").Select(m => m.Groups[1].Success ? (object)m.Groups[1].Value : int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var parent = root;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            parent = segments[i] is string name ? parent[name]! : parent[(int)segments[i]]!;
        }

        if (segments[^1] is string last)
        {
            parent[last] = null;
        }
        else
        {
            parent.AsArray()[(int)segments[^1]] = null;
        }
    }
}
