using AccountabilityKit.TestSupport;
using System.Text.Json;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Tests.Serialization;

public class ValidationReportJsonTests
{
    [Fact]
    public void Write_Report_GivesValidityAndEachIssueOnce()
    {
        var report = ValidationReport.From(
        [
            ValidationIssue.Error(VocabularyIssueCodes.DuplicateOrgUnit, "$[2].id", TestText.Of("The id 'RG' is already used by the unit at $[1].")),
            ValidationIssue.Warning("CL101", "$.items[0].measures", TestText.Of("措施过于笼统。")),
        ]);

        var json = AccountabilityKitJson.Write(report, AccountabilityKitJson.TypeInfo<ValidationReport>());

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("isValid", "issues");
        root.GetProperty("isValid").GetBoolean().Should().BeFalse();
        var issues = root.GetProperty("issues").EnumerateArray().ToList();
        issues.Should().HaveCount(2);
        issues[0].GetProperty("code").GetString().Should().Be("AK010");
        issues[0].GetProperty("severity").GetString().Should().Be("error");
        issues[0].GetProperty("path").GetString().Should().Be("$[2].id");
        issues[1].GetProperty("severity").GetString().Should().Be("warning");
        json.Should().Contain("措施过于笼统。", "Chinese is written unescaped");
    }

    [Fact]
    public void Write_ThenRead_Issue_RoundTrips()
    {
        var issue = ValidationIssue.Error(VocabularyIssueCodes.UnknownParent, "$[3].parentId", TestText.Of("The parent 'X' of unit 'Y' is not in the list."));
        var info = AccountabilityKitJson.TypeInfo<ValidationIssue>();

        var read = AccountabilityKitJson.Read(AccountabilityKitJson.Write(issue, info), info);

        read.Should().Be(issue);
    }

    [Theory]
    [InlineData("{\"code\":\"AK011\",\"code\":\"AK010\",\"severity\":\"error\",\"path\":\"$\",\"messageId\":\"Vocabulary.X\",\"arguments\":[],\"citation\":null,\"message\":\"m\"}", "code")]
    [InlineData("{\"code\":\"AK011\",\"severity\":\"error\",\"path\":\"$\",\"messageId\":\"Vocabulary.X\",\"arguments\":[{\"name\":\"a\",\"name\":\"b\",\"kind\":\"text\",\"value\":\"v\"}],\"citation\":null,\"message\":\"m\"}", "name")]
    public void Read_IssueWithADuplicateProperty_IsAK048_NotTheLastOneWins(string json, string property)
    {
        var info = AccountabilityKitJson.TypeInfo<ValidationIssue>();

        AccountabilityKitJson.TryRead(json, info, out _, out var report).Should().BeFalse();

        var issue = report.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(VocabularyIssueCodes.DuplicateJsonProperty);
        issue.Text.Arguments.Should().Contain(a => a.Name == "property" && a.Value.ToString() == property);
    }
}
