using System.Text.Json;
using AccountabilityKit.Cli.Tests.TestSupport;

namespace AccountabilityKit.Cli.Tests.Commands;

public sealed class CaseCommandTests(GeneratedData data) : IClassFixture<GeneratedData>
{
    private const string ValidCase = """
        {
          "id": "2021-RG-007",
          "authority": {"kind": "partyCommittee", "unit": "RG"},
          "startApprovedOn": "2021-03-01",
          "decidedOn": "2021-05-10",
          "harm": "general",
          "circumstances": ["peoplesLivelihoodMisconduct"],
          "modifiers": [{"kind": "mitigating", "person": "P-DEP", "evidence": "主动挽回损失"}],
          "organizations": [{"unit": "RG-EDU", "forms": ["writtenExamination"]}],
          "cadres": [{"person": "P-DEP", "unit": "RG-EDU", "role": "teamMember", "forms": ["circulatedNotice"], "responsibility": "primaryLeadership"}]
        }
        """;

    [Fact]
    public async Task Check_ValidCase_ExitsZeroWithRecommendationsAndCitations()
    {
        var path = data.Scratch.Write("case-ok.json", ValidCase);

        var run = await ToolRun.RunAsync("case", "check", path);

        run.ExitCode.Should().Be(0, run.Stdout + run.Stderr);
        run.Stdout.Should().Contain("0 个有错误").And.Contain("问责条例第八条").And.Contain("从轻").And.Contain("不代替问责决定");
    }

    [Fact]
    public async Task Check_ValidCaseInEnglish_CitesArticlesInEnglish()
    {
        var path = data.Scratch.Write("case-en.json", ValidCase);

        var run = await ToolRun.RunAsync("case", "check", path, "--lang", "en");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("ARR2019 Art. 8").And.Contain("Circulated notice").And.Contain("never the decision itself");
    }

    [Fact]
    public async Task Check_CommissionDecidingRemoval_ExitsOneWithAc021AndItsArticle()
    {
        var json = ValidCase
            .Replace("\"kind\": \"partyCommittee\"", "\"kind\": \"disciplineCommission\"", StringComparison.Ordinal)
            .Replace("\"forms\": [\"circulatedNotice\"]", "\"forms\": [\"organizationalAdjustment\"], \"adjustment\": \"removal\"", StringComparison.Ordinal);
        var path = data.Scratch.Write("case-ac021.json", json);

        var run = await ToolRun.RunAsync("case", "check", path, "--format", "json");

        run.ExitCode.Should().Be(1);
        using var document = JsonDocument.Parse(run.Stdout);
        var row = document.Table("issues").GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("values").GetProperty("code").GetString() == "AC021");
        row.GetProperty("values").GetProperty("path").GetString().Should().Be("$.cadres[0].forms[0]");
        row.GetProperty("values").GetProperty("severity").GetString().Should().Be("error", "enums are written as their canonical code");
        row.GetProperty("values").GetProperty("basis").GetString().Should().StartWith("ARR2019 Art. 12");
        row.Label("basis", "zh-CN").Should().Contain("问责条例第十二条");
    }

    [Fact]
    public async Task Check_GeneratedCasesWithOrgTree_AreAllValid()
    {
        var run = await ToolRun.RunAsync("case", "check", data.File("cases.json"), "--units", data.File("org-tree.json"), "--format", "json");

        run.ExitCode.Should().Be(0, run.Stdout);
        using var document = JsonDocument.Parse(run.Stdout);
        var summary = document.Values("summary").Single();
        summary.GetProperty("cases").GetInt32().Should().BeGreaterThan(4);
        summary.GetProperty("invalid").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Check_ArrayWithOneBrokenCase_ReportsItsIndexedPath()
    {
        var path = data.Scratch.Write("cases-mixed.json", "[" + ValidCase + ", {\"id\": \"x\"}]");

        var run = await ToolRun.RunAsync("case", "check", path, "--format", "csv");

        run.ExitCode.Should().Be(1);
        run.Stdout.Should().Contain("AK042").And.Contain("$[1]");
    }

    [Fact]
    public async Task Check_MalformedJson_ExitsTwo()
    {
        var path = data.Scratch.Write("case-broken.json", "{ \"id\": ");

        var run = await ToolRun.RunAsync("case", "check", path);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("AK040");
        run.ShouldHaveNoStackTrace();
    }
}
