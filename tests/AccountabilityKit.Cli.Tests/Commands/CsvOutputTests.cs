using System.Text;
using System.Text.Json.Nodes;
using AccountabilityKit.Cli.Tests.TestSupport;

namespace AccountabilityKit.Cli.Tests.Commands;

/// <summary>
/// <c>--format csv</c> of <c>stats</c>, <c>score</c> and <c>checklist</c> is the library's CSV: a UTF-8 byte-order mark,
/// CRLF line ends (RFC 4180) and every text cell that starts like a formula (=, +, -, @, tab, CR) neutralised with an
/// apostrophe (OWASP CSV injection).
/// </summary>
public sealed class CsvOutputTests(GeneratedData data) : IClassFixture<GeneratedData>
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"点我\")";

    [Fact]
    public async Task Score_UnitNamedLikeAFormula_IsNeutralisedWithBomAndCrlf()
    {
        var findings = JsonNode.Parse(File.ReadAllText(data.File("findings.json")))!;
        var county = findings["units"]!.AsArray().First(u => u!["kind"]!.GetValue<string>() == "county")!;
        county["name"] = Formula;
        var path = data.Scratch.Write("findings-formula.json", findings.ToJsonString());

        var run = await ToolRun.RunAsync("score", "--rules", data.File("rules-county-level.json"), "--findings", path, "--quarter", "2021Q2", "--as-of", "2021-07-15", "--format", "csv");

        run.ExitCode.Should().BeOneOf(0, 1);
        ShouldBeLibraryCsv(run.Stdout);
        run.Stdout.Should().Contain("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\"").And.NotContain(",\"=HYPERLINK");
    }

    [Fact]
    public async Task Checklist_IdLikeAFormula_IsNeutralisedWithBomAndCrlf()
    {
        var source = Directory.EnumerateFiles(data.File("checklists")).Order(StringComparer.Ordinal).First();
        var list = JsonNode.Parse(File.ReadAllText(source))!;
        list["id"] = "=cmd|' calc'!A1";
        var path = data.Scratch.Write("formula-list.json", list.ToJsonString());

        var run = await ToolRun.RunAsync("checklist", "check", "--template", "county-committee-2021", path, "--format", "csv");

        run.ExitCode.Should().NotBe(3);
        ShouldBeLibraryCsv(run.Stdout);
        run.Stdout.Split("\r\n")[1].Should().StartWith("'=cmd|' calc'!A1,");
    }

    [Fact]
    public async Task Stats_RegionNamedLikeAFormula_IsNeutralisedWithBomAndCrlf()
    {
        var lines = File.ReadAllLines(data.File("facts.csv"));
        var row = lines[1].Split(',');
        row[1] = "\"" + Formula.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var path = data.Scratch.Write("facts-formula.csv", string.Join("\n", [lines[0], string.Join(',', row), .. lines.Skip(2)]) + "\n");

        var run = await ToolRun.RunAsync("stats", "--facts", path, "--by", "region", "--format", "csv");

        run.ExitCode.Should().NotBe(3);
        ShouldBeLibraryCsv(run.Stdout);
        if (run.ExitCode == 0)
        {
            run.Stdout.Should().Contain("\"'=HYPERLINK(").And.NotContain("\r\n\"=HYPERLINK").And.NotContain("\r\n=HYPERLINK");
        }
    }

    private static void ShouldBeLibraryCsv(string csv)
    {
        csv.Should().StartWith("\uFEFF", "a byte-order mark lets spreadsheet software in a Chinese locale read UTF-8");
        csv.Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContain("\r", "records end with CRLF");
        var unquoted = new StringBuilder();
        var quoted = false;
        foreach (var c in csv)
        {
            quoted ^= c == '"';
            if (!quoted)
            {
                unquoted.Append(c);
            }
        }

        unquoted.ToString().Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContain("\n", "a line feed outside quotes ends a record only after CR");
    }
}
