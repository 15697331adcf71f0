using System.Text.Json;
using AccountabilityKit.Cli.Tests.TestSupport;

namespace AccountabilityKit.Cli.Tests.Commands;

public sealed class ChecklistCommandTests(GeneratedData data) : IClassFixture<GeneratedData>
{
    private string List(string id) => data.File(Path.Combine("checklists", id + ".json"));

    [Fact]
    public async Task Check_HonestLists_ExitsZeroAndAcceptsThem()
    {
        var run = await ToolRun.RunAsync("checklist", "check", "--template", "county-committee-2021", List("JH-C01-TEAM-2021"), List("JH-C01-P1-2021"), List("JH-C01-P3-2021"));

        run.ExitCode.Should().Be(0, run.Stdout + run.Stderr);
        run.Stdout.Should().Contain("0 份退回修订").And.Contain("通过");
    }

    [Fact]
    public async Task Check_HorizontalCopy_ExitsOneWithTheNearDuplicateEvidence()
    {
        var run = await ToolRun.RunAsync("checklist", "check", "--template", "county-committee-2021", List("JH-C02-P3-2021"), List("JH-C02-P4-2021"), "--lang", "en");

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().Contain("Horizontal").And.Contain("JH-C02-P3-2021").And.Contain("JH-C02-P4-2021").And.Contain("return for revision");
        run.Stdout.Should().MatchRegex(@"i\d+~i\d+ 1");
    }

    [Fact]
    public async Task Check_MissingMandatoryDuty_ReportsCl020AtItems()
    {
        var run = await ToolRun.RunAsync("checklist", "check", "--template", "city-department-2021", List("JH-D04-P1-2021"), "--format", "json");

        run.ExitCode.Should().Be(1);
        using var document = JsonDocument.Parse(run.Stdout);
        var issues = document.Values("issues");
        issues.Should().Contain(i => i.GetProperty("code").GetString() == "CL020" && i.GetProperty("path").GetString() == "$.items");
        var verdict = document.Table("checklists").GetProperty("rows")[0];
        verdict.GetProperty("values").GetProperty("verdict").GetString().Should().Be("return");
        verdict.Label("verdict", "zh-CN").Should().Be("退回修订");
    }

    [Fact]
    public async Task Check_DirectoryOfLists_FindsEveryPlantedCopy()
    {
        var county = await ToolRun.RunAsync("checklist", "check", "--template", "county-committee-2021", data.File("checklists"), "--format", "csv");

        // The directory also holds department lists: against the county template they are reported (CL030), not skipped.
        county.ExitCode.Should().Be(1);
        county.Stdout.Should().Contain("JH-C03-P3-2021").And.Contain("CL029");
        county.Stdout.Split("\r\n")[0].Should().Be("\uFEFF清单,文件,责任主体,错误,雷同,结论");
    }

    [Fact]
    public async Task Check_UnknownTemplate_ExitsTwo()
    {
        var run = await ToolRun.RunAsync("checklist", "check", "--template", "no-such-template", List("JH-C01-P1-2021"));

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("no-such-template");
    }

    [Fact]
    public async Task Check_ChecklistWithShapeError_ExitsOneWithThePath()
    {
        var path = data.Scratch.Write("shape-list.json", """{"id": "x", "templateId": "county-committee-2021", "year": "2021", "owner": {"unit": "JH-C01"}, "items": []}""");

        var run = await ToolRun.RunAsync("checklist", "check", "--template", "county-committee-2021", path);

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().Contain("AK043").And.Contain("$.year");
        run.ShouldHaveNoStackTrace();
    }
}
