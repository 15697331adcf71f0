using AccountabilityKit.Cli.Tests.TestSupport;

namespace AccountabilityKit.Cli.Tests.Commands;

public sealed class StatsCommandTests(GeneratedData data) : IClassFixture<GeneratedData>
{
    [Fact]
    public async Task Stats_JsonAndCsvFacts_GiveTheSameTable()
    {
        var fromJson = await ToolRun.RunAsync("stats", "--facts", data.File("facts.json"), "--by", "region,year,form", "--format", "csv");
        var fromCsv = await ToolRun.RunAsync("stats", "--facts", data.File("facts.csv"), "--by", "region,year,form", "--format", "csv");

        fromJson.ExitCode.Should().Be(0, fromJson.Stdout + fromJson.Stderr);
        fromCsv.ExitCode.Should().Be(0, fromCsv.Stdout + fromCsv.Stderr);
        fromCsv.Stdout.Should().Be(fromJson.Stdout);
        fromJson.Stdout.Split('\n')[0].Should().Be("region,year,form,count,sum:persons,sum:organizations,distinctCount:case");
    }

    [Fact]
    public async Task Stats_GrandTotal_EqualsTheNumberOfFacts()
    {
        var facts = File.ReadAllLines(data.File("facts.csv")).Length - 1;

        var run = await ToolRun.RunAsync("stats", "--facts", data.File("facts.csv"), "--by", "form", "--format", "csv");

        var total = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Split(',');
        total[0].Should().Be("合计");
        total[1].Should().Be(facts.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Stats_Table_ShowsLabelsInTheChosenLanguage()
    {
        var zh = await ToolRun.RunAsync("stats", "--facts", data.File("facts.json"), "--by", "subjectKind");
        var en = await ToolRun.RunAsync("stats", "--facts", data.File("facts.json"), "--by", "subjectKind", "--lang", "en");

        zh.Stdout.Should().Contain("党的领导干部").And.Contain("合计");
        en.Stdout.Should().Contain("Leading cadre").And.Contain("Total").And.NotContain("党的领导干部");
    }

    [Fact]
    public async Task Stats_UnknownDimension_ExitsTwo()
    {
        var run = await ToolRun.RunAsync("stats", "--facts", data.File("facts.json"), "--by", "region,colour");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().StartWith("akit: `--by` 中的“colour”不是统计维度（可用：`region、unit、");
    }

    [Fact]
    public async Task Stats_CsvWithBadValues_ExitsOneWithLineAndColumn()
    {
        var lines = File.ReadAllLines(data.File("facts.csv"));
        var header = lines[0];
        var row = lines[1].Split(',');
        row[6] = "flogging";
        row[4] = "2021Q7";
        var path = data.Scratch.Write("facts-bad.csv", header + "\n" + string.Join(',', row) + "\n");

        var run = await ToolRun.RunAsync("stats", "--facts", path);

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().Contain("AK003").And.Contain("line 2.form").And.Contain("AK020").And.Contain("line 2.quarter");

        // The messages in full (CSV: one line per issue, no table wrapping), in both languages.
        var zh = await ToolRun.RunAsync("stats", "--facts", path, "--format", "csv");
        var en = await ToolRun.RunAsync("stats", "--facts", path, "--format", "csv", "--lang", "en");
        zh.Stdout.Should().Contain("line 2.quarter,“2021Q7”不是季度，应如 2021Q2,").And.Contain("line 2.form,“flogging”不是 `AccountabilityForm` 的取值,");
        en.Stdout.Should().Contain("line 2.quarter,'2021Q7' is not a quarter such as 2021Q2,").And.Contain("line 2.form,'flogging' is not a AccountabilityForm value,");
    }

    [Fact]
    public async Task Stats_JsonWithUnknownProperty_ExitsOneWithThePath()
    {
        var path = data.Scratch.Write("facts-bad.json", """[{"caseId": "c", "colour": "red"}]""");

        var run = await ToolRun.RunAsync("stats", "--facts", path);

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().Contain("AK041");
    }

    [Fact]
    public async Task Stats_MissingFile_ExitsTwo()
    {
        var run = await ToolRun.RunAsync("stats", "--facts", data.Scratch.File("none.csv"));

        run.ExitCode.Should().Be(2);
        run.ShouldHaveNoStackTrace();
    }
}
