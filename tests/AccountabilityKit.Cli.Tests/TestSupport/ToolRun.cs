using ToolEntry = AccountabilityKit.Cli.Commands.Cli;
using AccountabilityKit.TestSupport;
using NodaTime;
using NodaTime.Testing;

namespace AccountabilityKit.Cli.Tests.TestSupport;

/// <summary>Runs the tool through its entry point and captures what it writes.</summary>
internal sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The clock of every test run: 2021-07-15 10:00 in Beijing.</summary>
    public static readonly IClock Clock = new FakeClock(Instant.FromUtc(2021, 7, 15, 2, 0));

    /// <summary>
    /// Runs the tool with the invariant UI culture (as on a machine with <c>LANG=C.UTF-8</c>), whatever the machine
    /// running the tests is set to: without <c>--lang</c> the tool then speaks zh-CN, its fallback.
    /// </summary>
    public static Task<ToolRun> RunAsync(params string[] args) => RunInCultureAsync(string.Empty, args);

    /// <summary>Runs the tool with <paramref name="uiCulture"/> as the current UI culture (empty: invariant).</summary>
    public static Task<ToolRun> RunInCultureAsync(string uiCulture, params string[] args) => RunAsync(uiCulture, null, args);

    /// <summary>Runs the tool with the invariant UI culture and redirected output <paramref name="width"/> columns wide.</summary>
    public static Task<ToolRun> RunWideAsync(int width, params string[] args) => RunAsync(string.Empty, width, args);

    private static async Task<ToolRun> RunAsync(string uiCulture, int? width, string[] args)
    {
        using var culture = UiCulture.Use(uiCulture);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await ToolEntry.RunAsync(args, stdout, stderr, Clock, width: width);
        return new ToolRun(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>No stack trace anywhere in the output.</summary>
    public void ShouldHaveNoStackTrace()
    {
        (Stdout + Stderr).Should().NotContain("   at ").And.NotContain("Exception:");
    }

    /// <summary>Standard output and standard error, line by line.</summary>
    public IEnumerable<string> Lines => (Stdout + "\n" + Stderr).Split('\n');
}
