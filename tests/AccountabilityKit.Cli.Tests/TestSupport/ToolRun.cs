using ToolEntry = AccountabilityKit.Cli.Commands.Cli;
using NodaTime;
using NodaTime.Testing;

namespace AccountabilityKit.Cli.Tests.TestSupport;

/// <summary>Runs the tool through its entry point and captures what it writes.</summary>
internal sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The clock of every test run: 2021-07-15 10:00 in Beijing.</summary>
    public static readonly IClock Clock = new FakeClock(Instant.FromUtc(2021, 7, 15, 2, 0));

    public static async Task<ToolRun> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await ToolEntry.RunAsync(args, stdout, stderr, Clock);
        return new ToolRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>No stack trace anywhere in the output.</summary>
    public void ShouldHaveNoStackTrace()
    {
        (Stdout + Stderr).Should().NotContain("   at ").And.NotContain("Exception:");
    }
}
