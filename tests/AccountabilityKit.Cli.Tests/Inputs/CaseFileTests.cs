using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Tests.TestSupport;

namespace AccountabilityKit.Cli.Tests.Inputs;

/// <summary>A case file is one case or an array of cases, told apart by its first JSON token: comments before it do not count.</summary>
public sealed class CaseFileTests(GeneratedData data) : IClassFixture<GeneratedData>
{
    [Theory]
    [InlineData("// 2021 年的案件\n")]
    [InlineData("/* 2021 年的案件\n   [不是数组] */ ")]
    [InlineData("\uFEFF  /* a */ // b\n\t")]
    public void CommentBeforeTheCaseArray_StillReadsEveryCase(string comment)
    {
        var plain = CaseFile.Read(data.File("cases.json"));
        var path = data.Scratch.Write("commented-" + Guid.NewGuid().ToString("N") + ".json", comment + File.ReadAllText(data.File("cases.json")));

        var read = CaseFile.Read(path);

        plain.Count.Should().BeGreaterThan(1);
        read.Should().HaveCount(plain.Count);
        read.Select(r => r.Path).Should().Equal(plain.Select(r => r.Path)).And.StartWith("$[0]");
        read.Should().OnlyContain(r => r.Report.IsValid || r.Case == null);
    }

    [Fact]
    public async Task CommentBeforeTheCaseArray_ThroughTheTool_ChecksEveryCase()
    {
        var path = data.Scratch.Write("commented-tool.json", "// 案件\n/* 全部 */\n" + File.ReadAllText(data.File("cases.json")));

        var plain = await ToolRun.RunAsync("case", "check", data.File("cases.json"), "--units", data.File("org-tree.json"), "--format", "json");
        var commented = await ToolRun.RunAsync("case", "check", path, "--units", data.File("org-tree.json"), "--format", "json");

        commented.ExitCode.Should().Be(plain.ExitCode, commented.Stderr);
        commented.Stdout.Replace(path, "F", StringComparison.Ordinal).Should().Be(plain.Stdout.Replace(data.File("cases.json"), "F", StringComparison.Ordinal));
    }

    [Fact]
    public void CommentBeforeOneCase_ReadsOneCase()
    {
        var first = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(data.File("cases.json")))!.AsArray()[0]!.ToJsonString();
        var path = data.Scratch.Write("one.json", "/* [ */ // [\n" + first);

        CaseFile.Read(path).Should().ContainSingle().Which.Path.Should().Be("$");
    }
}
