using AccountabilityKit.Cli.Tests.TestSupport;

namespace AccountabilityKit.Cli.Tests.Commands;

public sealed class CliTests
{
    [Fact]
    public async Task RunAsync_Help_ExitsZeroAndListsTheCommands()
    {
        var run = await ToolRun.RunAsync("--help");

        run.ExitCode.Should().Be(0);
        run.Stdout.Should().Contain("demo").And.Contain("template").And.Contain("checklist").And.Contain("score")
            .And.Contain("case").And.Contain("stats").And.Contain("generate");
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("frobnicate")]
    [InlineData("score", "--quarter", "2021Q2")]
    [InlineData("stats", "--facts", "x.json", "--format", "xml")]
    [InlineData("template", "check", "t.json", "--lang", "fr")]
    public async Task RunAsync_BadUsage_ExitsTwoWithAMessageAndNoStackTrace(params string[] args)
    {
        var run = await ToolRun.RunAsync(args);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().StartWith("akit: ");
        run.Stdout.Should().BeEmpty();
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public async Task RunAsync_NoCommand_ExitsTwo()
    {
        var run = await ToolRun.RunAsync();

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("akit --help");
    }
}
