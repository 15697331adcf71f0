using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Cli.Tests.TestSupport;

namespace AccountabilityKit.Cli.Tests.Commands;

public sealed class TemplateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Check_BuiltInCountyTemplate_ExitsZeroWithItsCounts()
    {
        var path = _dir.Write("county.json", ChecklistTemplateJson.Save(BuiltInTemplates.CountyCommittee2021));

        var run = await ToolRun.RunAsync("template", "check", path);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("有效").And.Contain("county-committee-2021").And.MatchRegex(@"\|\s+27\s+\|\s+94\s+\|\s+66\s+\|");
    }

    [Fact]
    public async Task Check_JsonFormat_WritesTheSummaryAsJson()
    {
        var path = _dir.Write("department.json", ChecklistTemplateJson.Save(BuiltInTemplates.CityDepartment2021));

        var run = await ToolRun.RunAsync("template", "check", path, "--format", "json");

        run.ExitCode.Should().Be(0);
        using var document = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var summary = document.Values("template").Single();
        summary.GetProperty("aspects").GetInt32().Should().Be(21);
        summary.GetProperty("duties").GetInt32().Should().Be(65);
        summary.GetProperty("unitKinds").GetString().Should().Be("cityDepartment");
    }

    [Fact]
    public async Task Check_SemanticProblems_ExitsOneWithCodesAndPaths()
    {
        var path = _dir.Write("bad.json", """{"id": "x", "year": 2021, "version": 0, "title": "t", "unitKinds": [], "aspects": []}""");

        var run = await ToolRun.RunAsync("template", "check", path, "--lang", "en");

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().Contain("CL003").And.Contain("$.version").And.Contain("CL011").And.Contain("$.unitKinds").And.Contain("Error");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public async Task Check_Csv_NeutralisesAFormulaInTheTemplatesTitle()
    {
        var template = ChecklistTemplateJson.Save(BuiltInTemplates.CountyCommittee2021);
        var title = BuiltInTemplates.CountyCommittee2021.Title;
        var path = _dir.Write("formula.json", template.Replace("\"" + title + "\"", "\"=SUM(A1)\"", StringComparison.Ordinal));

        var run = await ToolRun.RunAsync("template", "check", path, "--format", "csv");

        run.ExitCode.Should().Be(0, run.Stdout + run.Stderr);
        run.Stdout.Should().StartWith("\uFEFF编号,年度,");
        run.Stdout.Should().Contain(",'=SUM(A1),").And.NotContain(",=SUM(A1)");
    }

    [Fact]
    public async Task Check_IssueListingAsJson_HasCanonicalSeverityCodesAndLabels()
    {
        var path = _dir.Write("bad-json.json", """{"id": "x", "year": 2021, "version": 0, "title": "t", "unitKinds": [], "aspects": []}""");

        var run = await ToolRun.RunAsync("template", "check", path, "--format", "json");

        run.ExitCode.Should().Be(1);
        using var document = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var rows = document.Table("issues").GetProperty("rows").EnumerateArray().ToList();
        rows.Should().Contain(r => r.GetProperty("values").GetProperty("code").GetString() == "CL003");
        foreach (var row in rows)
        {
            row.GetProperty("values").GetProperty("severity").GetString().Should().BeOneOf("error", "warning");
            row.Label("severity", "zh-CN").Should().BeOneOf("错误", "警告");
            row.Label("severity", "en").Should().BeOneOf("Error", "Warning");
        }
    }

    [Fact]
    public async Task Check_UnknownProperty_ExitsOneWithTheShapeCode()
    {
        var path = _dir.Write("shape.json", """{"id": "x", "year": 2021, "version": 1, "title": "t", "unitKinds": ["county"], "aspects": [], "colour": "red"}""");

        var run = await ToolRun.RunAsync("template", "check", path, "--format", "csv");

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().StartWith("\uFEFF来源,代码,级别,位置,说明,依据\r\n").And.Contain("AK041");
    }

    [Fact]
    public async Task Check_MalformedJson_ExitsTwoNamingTheFile()
    {
        var path = _dir.Write("broken.json", """{"id": """);

        var zh = await ToolRun.RunAsync("template", "check", path);
        var run = await ToolRun.RunAsync("template", "check", path, "--lang", "en");

        zh.ExitCode.Should().Be(2);
        zh.Stderr.Should().StartWith($"akit: “{path}”不是格式正确的 JSON（AK040，位置 $").And.NotContain("well-formed");
        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("broken.json").And.Contain("not well-formed JSON").And.Contain("AK040");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public async Task Check_MissingFile_ExitsTwo()
    {
        var run = await ToolRun.RunAsync("template", "check", _dir.File("nowhere.json"));

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Be($"akit: 对照清单文件“{_dir.File("nowhere.json")}”不存在\n");
        run.ShouldHaveNoStackTrace();
    }
}
