using System.Reflection;
using System.Text.RegularExpressions;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Checklists.Tests;

public partial class ChecklistsIssueCodesTests
{
    private static Dictionary<string, string> Constants() =>
        typeof(ChecklistsIssueCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name);

    /// <summary>The rows of the README's "Issue codes" table: code and the rest of the row.</summary>
    private static List<(string Code, string Row)> ReadmeTableRows()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "PackageReadme.md");
        File.Exists(path).Should().BeTrue("the test project copies the package README to {0}", path);
        var lines = File.ReadAllLines(path);
        var heading = Array.FindIndex(lines, l => l.Trim() == "## Issue codes");
        heading.Should().BeGreaterThanOrEqualTo(0, "the README has an 'Issue codes' section");

        return [.. lines.Skip(heading + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => TableRow().Match(l)).Where(m => m.Success).Select(m => (m.Groups["code"].Value, m.Value))];
    }

    [Fact]
    public void Constants_AreWellFormedAndDistinct()
    {
        var values = Constants().Keys.ToList();

        values.Should().HaveCountGreaterThan(30);
        values.Should().OnlyHaveUniqueItems();
        values.Should().AllSatisfy(v => v.Should().MatchRegex("^CL[0-9]{3}$"));
    }

    [Fact]
    public void Readme_TableListsEveryConstant_AndNothingElse_InCodeOrder()
    {
        var documented = ReadmeTableRows().Select(r => r.Code).ToList();

        documented.Should().OnlyHaveUniqueItems();
        documented.Should().BeEquivalentTo(Constants().Keys);
        documented.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Readme_EveryRow_HasAnExample()
    {
        ReadmeTableRows().Should().AllSatisfy(r => r.Row.Should().Contain("e.g.", "row {0} needs an example", r.Code));
    }

    [Fact]
    public void Labels_EveryPublicEnumMember_IsLabelled()
    {
        Labels.FindUnlabelled(typeof(ChecklistTemplate).Assembly).Should().BeEmpty();
    }

    [GeneratedRegex(@"^\|\s*`(?<code>CL[0-9]{3})`\s*\|.*$", RegexOptions.CultureInvariant)]
    private static partial Regex TableRow();
}
