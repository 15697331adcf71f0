using System.Reflection;
using System.Text.RegularExpressions;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Tests.Validation;

public partial class IssueCodesDocumentationTests
{
    private static Dictionary<string, string> Constants() =>
        typeof(VocabularyIssueCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name);

    /// <summary>The codes of the README's "Issue codes" table: the first cell of each row under that heading.</summary>
    private static List<string> ReadmeTableCodes()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "PackageReadme.md");
        File.Exists(path).Should().BeTrue("the test project copies the package README to {0}", path);
        var lines = File.ReadAllLines(path);
        var heading = Array.FindIndex(lines, l => l.Trim() == "## Issue codes");
        heading.Should().BeGreaterThanOrEqualTo(0, "the README has an 'Issue codes' section");

        var codes = new List<string>();
        foreach (var line in lines.Skip(heading + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            var match = TableRow().Match(line);
            if (match.Success)
            {
                codes.Add(match.Groups["code"].Value);
            }
        }

        return codes;
    }

    [Fact]
    public void Constants_AreWellFormedAndDistinct()
    {
        var fields = typeof(VocabularyIssueCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).ToList();
        var values = fields.Select(f => (string)f.GetRawConstantValue()!).ToList();

        fields.Should().HaveCountGreaterThan(20);
        values.Should().OnlyHaveUniqueItems();
        values.Should().AllSatisfy(v => v.Should().MatchRegex("^AK[0-9]{3}$"));
    }

    [Fact]
    public void Readme_TableListsEveryConstant()
    {
        var documented = ReadmeTableCodes();

        Constants().Keys.Except(documented).Should().BeEmpty("every VocabularyIssueCodes constant must be documented in the README table");
    }

    [Fact]
    public void Readme_EveryCodeInTheTable_IsAConstant()
    {
        var documented = ReadmeTableCodes();

        documented.Should().NotBeEmpty();
        documented.Should().OnlyHaveUniqueItems();
        documented.Except(Constants().Keys).Should().BeEmpty("every code in the README table must be a VocabularyIssueCodes constant");
    }

    [Fact]
    public void Readme_TableIsInCodeOrder()
    {
        ReadmeTableCodes().Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\|\s*`(?<code>AK[0-9]{3})`\s*\|", RegexOptions.CultureInvariant)]
    private static partial Regex TableRow();
}
