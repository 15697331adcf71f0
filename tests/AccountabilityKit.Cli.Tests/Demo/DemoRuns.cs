using System.Diagnostics;
using AccountabilityKit.Cli.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace AccountabilityKit.Cli.Tests.Demo;

/// <summary>
/// The demo runs the demo tests read: seed 11 twice in zh-CN (the default), once in English over the first run's database — 1000 columns wide, so no
/// table cell wraps and every printed sentence (and every quoted piece of user data) stays on one line for the corpus
/// checks. The width changes nothing else (the 160-column default is used by every other test).
/// </summary>
public sealed class DemoRuns : IDisposable
{
    public const int Seed = 11;

    private const int Width = 1000;

    private readonly TempDirectory _dir = new();

    public DemoRuns()
    {
        var watch = Stopwatch.StartNew();
        First = ToolRun.RunWideAsync(Width, "demo", "--db", FirstDb, "--seed", "11").GetAwaiter().GetResult();
        FirstElapsed = watch.Elapsed;
        Second = ToolRun.RunWideAsync(Width, "demo", "--db", _dir.File("second.db"), "--seed", "11").GetAwaiter().GetResult();
        // The English run replaces the first run's database: a file an earlier demo wrote may be replaced.
        English = ToolRun.RunWideAsync(Width, "demo", "--db", FirstDb, "--seed", "11", "--lang", "en").GetAwaiter().GetResult();
    }

    public string FirstDb => _dir.File("first.db");

    /// <summary>Every entry of the runs' directory once they are done.</summary>
    public IReadOnlyList<string> Entries => [.. Directory.EnumerateFileSystemEntries(_dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    internal ToolRun First { get; }

    internal ToolRun Second { get; }

    internal ToolRun English { get; }

    public TimeSpan FirstElapsed { get; }

    public string Scratch(string name) => _dir.File(name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
