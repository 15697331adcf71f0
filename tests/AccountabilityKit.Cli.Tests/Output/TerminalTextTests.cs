using System.Diagnostics;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Cli.Output;
using AccountabilityKit.Cli.Tests.TestSupport;
using AccountabilityKit.Statistics.Export;
using CsCheck;

namespace AccountabilityKit.Cli.Tests.Output;

/// <summary>Table output never passes terminal control sequences through, and a huge value renders in bounded time and size.</summary>
public sealed class TerminalTextTests : IDisposable
{
    private const string Hostile = "\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202Eevil\r\tend";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Escape_WritesControlCharactersAsVisibleEscapes()
    {
        TerminalText.Escape(Hostile).Should().Be("\\u001B[2J\\u001B]0;pwned\\u0007\\u009B31m\\u202Eevil\\u000D\\u0009end");
        TerminalText.Escape("两行\n文本 😀").Should().Be("两行\n文本 😀", "line feeds and ordinary text, astral characters included, stay as they are");
        TerminalText.Escape("a\uD800b").Should().Be("a\\uD800b", "an unpaired surrogate is shown, not passed on");
    }

    [Fact]
    public void Escape_CutsLongTextAtTheLimitWithAnEllipsis()
    {
        var cut = TerminalText.Escape(new string('x', 1000), 10);

        cut.Should().Be("xxxxxxxxxx…");
        TerminalText.Escape(string.Concat(Enumerable.Repeat("😀", 10)), 5).Should().Be("😀😀…", "a surrogate pair is never split");
        TerminalText.Escape("\u001b\u001b", 8).Should().Be("\\u001B…", "an escape is never split either");
    }

    [Fact]
    public void Escape_AnyText_HasNoControlCharacterAndStaysWithinTheLimit()
    {
        Gen.String[Gen.Char, 0, 300].Select(Gen.Int[1, 120]).Sample((text, limit) =>
        {
            var shown = TerminalText.Escape(text, limit);
            return shown.Length <= limit + 1
                && !shown.Any(c => c != '\n' && char.IsControl(c))
                && !shown.Any(c => c is '\u202E' or '\u2066')
                && (shown.Length == 0 || !char.IsHighSurrogate(shown[^1]));
        });
    }

    [Fact]
    public void WriteTable_EscapesTitleHeadersAndCells()
    {
        var data = new TableBuilder("t", TableBuilder.Text("a", "甲" + Hostile, "A" + Hostile))
            .Add(TableBuilder.Cell(Hostile))
            .Build("表" + Hostile, "Table" + Hostile);
        using var stdout = new StringWriter();

        new ToolOutput(stdout, TextWriter.Null, OutputFormat.Table, ToolText.English, interactive: false, width: 400).WriteTable(data, titled: true);

        var text = stdout.ToString();
        text.Should().NotContain("\u001b").And.NotContain("\u0007").And.NotContain("\u009b").And.NotContain("\u202E").And.NotContain("\r");
        text.Should().Contain("Table\\u001B[2J").And.Contain("A\\u001B[2J").And.Contain("\\u001B]0;pwned\\u0007");
    }

    [Fact]
    public void WriteTable_TenMegabyteCell_IsCutForDisplayInBoundedTimeAndSize()
    {
        var huge = new string('长', 10 * 1024 * 1024);
        var data = new TableBuilder("t", TableBuilder.Text("title", "标题", "Title")).Add(TableBuilder.Cell(huge)).Build(huge, huge);
        using var stdout = new StringWriter();
        var watch = Stopwatch.StartNew();

        new ToolOutput(stdout, TextWriter.Null, OutputFormat.Table, ToolText.Chinese, interactive: false).WriteTable(data, titled: true);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2), "the cut happens before layout (it took 10.8 s uncut)");
        stdout.ToString().Length.Should().BeLessThan(4 * TerminalText.CellLimit * 2);
        stdout.ToString().Should().Contain(new string('长', 10) + "…");
    }

    [Fact]
    public async Task TemplateCheck_TitleWithEscapeSequences_PrintsNoControlCharacter()
    {
        var json = WithTitle("县委" + Hostile);
        var path = _dir.Write("hostile.json", json);

        var run = await ToolRun.RunAsync("template", "check", path);

        run.ExitCode.Should().NotBe(3);
        run.ShouldHaveNoStackTrace();
        (run.Stdout + run.Stderr).Should().NotContain("\u001b").And.NotContain("\u0007").And.NotContain("\u009b");
    }

    [Fact]
    public async Task TemplateCheck_HugeTitle_IsPrintedCutAndKeptWholeInJson()
    {
        var title = new string('题', 1024 * 1024);
        var path = _dir.Write("huge.json", WithTitle(title));
        var watch = Stopwatch.StartNew();

        var table = await ToolRun.RunAsync("template", "check", path);
        var elapsed = watch.Elapsed;
        var json = await ToolRun.RunAsync("template", "check", path, "--format", "json");

        table.ExitCode.Should().Be(0, table.Stderr);
        elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        table.Stdout.Length.Should().BeLessThan(20_000);
        table.Stdout.Should().Contain("题题…");
        json.Stdout.Should().Contain(title, "JSON is data: the whole value");
    }

    private static string WithTitle(string title)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(ChecklistTemplateJson.Save(BuiltInTemplates.CountyCommittee2021))!;
        node["title"] = title;
        return node.ToJsonString();
    }
}
