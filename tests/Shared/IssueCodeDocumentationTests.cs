using System.Reflection;
using System.Text.RegularExpressions;

namespace AccountabilityKit.TestSupport;

/// <summary>
/// Holds a package's issue-code constants and the "## Issue codes" table of its README (copied to the test output as
/// <c>PackageReadme.md</c>) in step: every constant documented, every documented code a constant, the table in code
/// order, codes well formed and distinct. Compiled into every test project (tests/Directory.Build.props); a package's
/// test class derives from it with its constants type and prefix.
/// </summary>
public abstract class IssueCodeDocumentationTests(Type codesType, string prefix, int minimumCount)
{
    /// <summary>The constants of <c>codesType</c>: code → field name.</summary>
    protected Dictionary<string, string> Constants() =>
        codesType
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name);

    /// <summary>The rows of the README's issue-code table under "## Issue codes": the code and the whole row.</summary>
    protected List<(string Code, string Row)> ReadmeTableRows()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "PackageReadme.md");
        File.Exists(path).Should().BeTrue("the test project copies the package README to {0}", path);
        var lines = File.ReadAllLines(path);
        var heading = Array.FindIndex(lines, l => l.Trim() == "## Issue codes");
        heading.Should().BeGreaterThanOrEqualTo(0, "the README has an 'Issue codes' section");
        var row = new Regex($@"^\|\s*`(?<code>{Regex.Escape(prefix)}[0-9]{{3}})`\s*\|.*$", RegexOptions.CultureInvariant);
        return [.. lines.Skip(heading + 1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => row.Match(l))
            .Where(m => m.Success)
            .Select(m => (m.Groups["code"].Value, m.Value))];
    }

    [Fact]
    public void Constants_AreWellFormedAndDistinct()
    {
        var fields = codesType.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).ToList();
        var values = fields.Select(f => (string)f.GetRawConstantValue()!).ToList();

        values.Should().HaveCountGreaterThan(minimumCount);
        values.Should().OnlyHaveUniqueItems("no two constants may share a code");
        values.Should().AllSatisfy(v => v.Should().MatchRegex($"^{prefix}[0-9]{{3}}$"));
    }

    [Fact]
    public void Readme_TableListsEveryConstant()
    {
        var documented = ReadmeTableRows().Select(r => r.Code);

        Constants().Keys.Except(documented).Should().BeEmpty("every {0} constant must be documented in the README table", codesType.Name);
    }

    [Fact]
    public void Readme_EveryCodeInTheTable_IsAConstant()
    {
        var documented = ReadmeTableRows().Select(r => r.Code).ToList();

        documented.Should().NotBeEmpty();
        documented.Should().OnlyHaveUniqueItems();
        documented.Except(Constants().Keys).Should().BeEmpty("every code in the README table must be a {0} constant", codesType.Name);
    }

    [Fact]
    public void Readme_TableIsInCodeOrder()
    {
        ReadmeTableRows().Select(r => r.Code).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }
}
