using System.Reflection;
using System.Text.RegularExpressions;

namespace AccountabilityKit.Accountability.Tests;

public partial class IssueCodesDocumentationTests
{
    private static Dictionary<string, string> Constants() =>
        typeof(AccountabilityIssueCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name);

    private static List<string> ReadmeTableCodes()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "PackageReadme.md");
        File.Exists(path).Should().BeTrue("the test project copies the package README to {0}", path);
        var lines = File.ReadAllLines(path);
        var heading = Array.FindIndex(lines, l => l.Trim() == "## Issue codes");
        heading.Should().BeGreaterThanOrEqualTo(0, "the README has an 'Issue codes' section");
        return lines.Skip(heading + 1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => TableRow().Match(l))
            .Where(m => m.Success)
            .Select(m => m.Groups["code"].Value)
            .ToList();
    }

    [Fact]
    public void Constants_AreWellFormedAndDistinct()
    {
        var values = Constants().Keys.ToList();

        values.Should().HaveCountGreaterThan(20);
        values.Should().OnlyHaveUniqueItems();
        values.Should().AllSatisfy(v => v.Should().MatchRegex("^AC[0-9]{3}$"));
    }

    [Fact]
    public void Readme_TableListsEveryConstant()
    {
        Constants().Keys.Except(ReadmeTableCodes()).Should().BeEmpty("every AccountabilityIssueCodes constant must be documented in the README table");
    }

    [Fact]
    public void Readme_EveryCodeInTheTable_IsAConstant()
    {
        var documented = ReadmeTableCodes();

        documented.Should().NotBeEmpty();
        documented.Should().OnlyHaveUniqueItems();
        documented.Except(Constants().Keys).Should().BeEmpty("every code in the README table must be an AccountabilityIssueCodes constant");
    }

    [Fact]
    public void Readme_TableIsInCodeOrder()
    {
        ReadmeTableCodes().Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\|\s*`(?<code>AC[0-9]{3})`\s*\|", RegexOptions.CultureInvariant)]
    private static partial Regex TableRow();
}
