using System.Text.Json;
using System.Text.Json.Nodes;
using AccountabilityKit.Cli.Tests.TestSupport;

namespace AccountabilityKit.Cli.Tests.Commands;

/// <summary>
/// One invalid case never aborts <c>case check</c>: every case is reported, decision support runs for the valid ones
/// (it refuses a case its validation flagged), on hand-made cases and on the README's ten years of generated data.
/// </summary>
public sealed class CaseCommandReportTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task CaseWithEmptyCircumstances_IsReportedAndTheOtherCasesAreStillAdvised()
    {
        var cases = await GenerateCasesAsync("2021-2021");
        var five = new JsonArray([.. cases.Take(5).Select(c => c!.DeepClone())]);
        five[2]!["circumstances"] = new JsonArray();
        var broken = five[2]!["id"]!.GetValue<string>();
        var path = _dir.Write("five.json", five.ToJsonString());

        var table = await ToolRun.RunAsync("case", "check", path);
        var json = await ToolRun.RunAsync("case", "check", path, "--format", "json");

        table.ExitCode.Should().Be(1, table.Stderr);
        table.ShouldHaveNoStackTrace();
        table.Stdout.Should().Contain("5 个案件，1 个有错误").And.Contain("AC028").And.Contain(broken);
        json.ExitCode.Should().Be(1);
        using var document = JsonDocument.Parse(json.Stdout);
        var issue = document.Values("issues").Single();
        issue.GetProperty("case").GetString().Should().Be(broken);
        issue.GetProperty("path").GetString().Should().Be("$[2].circumstances");
        var advised = document.Values("recommendations").Select(r => r.GetProperty("case").GetString()).Distinct().ToList();
        advised.Should().BeEquivalentTo(five.Select(c => c!["id"]!.GetValue<string>()).Where(id => id != broken));
    }

    [Fact]
    public async Task CasesOf2017To2019_CitingCircumstancesUnknownToArr2016_AreReportedNotAborted()
    {
        // Cases decided before ARR2019 (2019-09-01) are checked against ARR2016, which knows fewer circumstances.
        var cases = await GenerateCasesAsync("2017-2019");
        var early = new JsonArray([.. cases.Select(c => c!.DeepClone())]);
        var flagged = new List<string>();
        foreach (var item in early.Take(3))
        {
            item!["circumstances"] = new JsonArray("workStyleLax");
            flagged.Add(item["id"]!.GetValue<string>());
        }

        var path = _dir.Write("early.json", early.ToJsonString());

        var run = await ToolRun.RunAsync("case", "check", path, "--format", "json", "--lang", "en");

        run.ExitCode.Should().Be(1, run.Stderr);
        run.ShouldHaveNoStackTrace();
        using var document = JsonDocument.Parse(run.Stdout);
        var summary = document.Values("summary").Single();
        summary.GetProperty("cases").GetInt32().Should().Be(early.Count);
        summary.GetProperty("invalid").GetInt32().Should().Be(3);
        document.Values("issues").Select(i => i.GetProperty("code").GetString()).Should().OnlyContain(code => code == "AC028");
        document.Values("issues").Select(i => i.GetProperty("case").GetString()).Distinct().Should().BeEquivalentTo(flagged);
        document.Values("recommendations").Select(r => r.GetProperty("case").GetString()).Distinct()
            .Should().HaveCount(early.Count - 3).And.NotContain(flagged);
    }

    [Fact]
    public async Task GeneratedCases2017To2026_AreAllCheckedAndAdvised()
    {
        var dir = _dir.File("ten-years");
        var generate = await ToolRun.RunAsync("generate", "--years", "2017-2026", "--out", dir);
        generate.ExitCode.Should().Be(0, generate.Stderr);

        var run = await ToolRun.RunAsync("case", "check", Path.Combine(dir, "cases.json"), "--units", Path.Combine(dir, "org-tree.json"), "--format", "json");

        run.ShouldHaveNoStackTrace();
        run.ExitCode.Should().Be(0, "the generator cites only circumstances of the regulations in force on each decision date: " + run.Stdout);
        using var document = JsonDocument.Parse(run.Stdout);
        var ids = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "cases.json")))!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToList();
        ids.Select(id => id[..4]).Distinct().Should().Contain(["2017", "2018", "2019", "2026"]);
        document.Values("summary").Single().GetProperty("cases").GetInt32().Should().Be(ids.Count);
        document.Values("recommendations").Select(r => r.GetProperty("case").GetString()).Distinct().Should().BeEquivalentTo(ids);
    }

    private async Task<JsonArray> GenerateCasesAsync(string years)
    {
        var dir = _dir.File("gen-" + years);
        var run = await ToolRun.RunAsync("generate", "--units", "10", "--years", years, "--out", dir, "--seed", "7");
        run.ExitCode.Should().Be(0, run.Stderr);
        return JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "cases.json")))!.AsArray();
    }
}
