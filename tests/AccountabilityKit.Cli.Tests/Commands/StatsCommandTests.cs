using System.Text.Json;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Cli.Tests.TestSupport;
using AccountabilityKit.Localization;

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
        fromJson.Stdout.Split("\r\n")[0].Should().Be("\uFEFF地区,年度,问责方式,条目数,人次（合计）,党组织问责次数（合计）,案件（不重复计数）");
    }

    [Fact]
    public async Task Stats_Json_IsTheLibrarysExport_NumbersAsNumbersAndCanonicalCodes()
    {
        var facts = File.ReadAllLines(data.File("facts.csv")).Length - 1;

        var run = await ToolRun.RunAsync("stats", "--facts", data.File("facts.json"), "--by", "form,typical", "--format", "json");

        run.ExitCode.Should().Be(0, run.Stderr);
        using var document = JsonDocument.Parse(run.Stdout);
        var table = document.Table("statistics");
        table.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("type").GetString())
            .Should().Equal("text", "text", "integer", "integer", "integer", "integer");
        var rows = table.GetProperty("rows").EnumerateArray().ToList();
        var groups = rows.Where(r => r.GetProperty("values").GetProperty("form").ValueKind == JsonValueKind.String).ToList();
        groups.Should().NotBeEmpty();
        foreach (var row in groups)
        {
            var values = row.GetProperty("values");
            values.GetProperty("count").ValueKind.Should().Be(JsonValueKind.Number);
            values.GetProperty("sum:persons").ValueKind.Should().Be(JsonValueKind.Number);
            var form = values.GetProperty("form").GetString()!;
            Enum.TryParse<AccountabilityForm>(form, ignoreCase: false, out _).Should().BeFalse("the code is the camelCase JSON spelling, not the member name");
            Enum.TryParse<AccountabilityForm>(form, ignoreCase: true, out var parsed).Should().BeTrue();
            LabelledValue.Of(parsed).Code.Should().Be(form);
            row.Label("form", "zh-CN").Should().Be(Labels.ZhCn(parsed));
            row.Label("form", "en").Should().Be(Labels.En(parsed));
            values.GetProperty("typical").GetString().Should().BeOneOf("true", "false");
        }

        // The grand total: no code, the label 合计 / Total, the count a number.
        var total = rows[^1];
        total.GetProperty("values").GetProperty("form").ValueKind.Should().Be(JsonValueKind.Null);
        total.Label("form", "zh-CN").Should().Be("合计");
        total.GetProperty("values").GetProperty("count").GetInt32().Should().Be(facts);
    }

    [Fact]
    public async Task Stats_Csv_StartsWithTheBom_AndNeutralisesAFormulaInTheFacts()
    {
        var lines = File.ReadAllLines(data.File("facts.csv"));
        var region = Array.IndexOf(lines[0].Split(','), "region");
        var row = lines[1].Split(',');
        row[region] = "=SUM(A1)";
        var path = data.Scratch.Write("facts-formula.csv", lines[0] + "\n" + string.Join(',', row) + "\n");

        var run = await ToolRun.RunAsync("stats", "--facts", path, "--by", "region", "--format", "csv", "--lang", "en");

        run.ExitCode.Should().Be(0, run.Stdout + run.Stderr);
        run.Stdout.Should().StartWith("\uFEFFRegion,Count,");
        run.Stdout.Split("\r\n").Should().Contain(l => l.StartsWith("'=SUM(A1),1,", StringComparison.Ordinal))
            .And.NotContain(l => l.StartsWith("=SUM", StringComparison.Ordinal));
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

    [Theory]
    [InlineData("Region")]
    [InlineData("REGION")]
    [InlineData("1")]
    [InlineData("+1")]
    [InlineData("persons")]
    public async Task Stats_DimensionNotInItsCanonicalSpelling_ExitsTwo(string dimension)
    {
        var run = await ToolRun.RunAsync("stats", "--facts", data.File("facts.json"), "--by", dimension);

        run.ExitCode.Should().Be(2, run.Stderr);
        run.Stderr.Should().Contain($"“{dimension}”");
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
        run.Stdout.Should().Contain("AK003").And.Contain("line 2 column 7 (form)").And.Contain("AK020").And.Contain("line 2 column 5 (quarter)");

        // The messages in full (CSV: one line per issue, no table wrapping), in both languages.
        var zh = await ToolRun.RunAsync("stats", "--facts", path, "--format", "csv");
        var en = await ToolRun.RunAsync("stats", "--facts", path, "--format", "csv", "--lang", "en");
        zh.Stdout.Should().Contain("line 2 column 5 (quarter),“2021Q7”不是季度，应如 2021Q2,").And.Contain("line 2 column 7 (form),“flogging”不是 `AccountabilityForm` 的取值，须原样写作以下之一：");
        en.Stdout.Should().Contain("line 2 column 5 (quarter),'2021Q7' is not a quarter such as 2021Q2,").And.Contain("line 2 column 7 (form),\"'flogging' is not a AccountabilityForm value; write exactly one of: writtenExamination, circulatedNotice, ");
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
