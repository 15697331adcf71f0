using AccountabilityKit.Cli.Tests.TestSupport;
using AccountabilityKit.Cli.Demo;
using Microsoft.Data.Sqlite;

namespace AccountabilityKit.Cli.Tests.Demo;

public sealed class DemoCommandTests(DemoRuns runs) : IClassFixture<DemoRuns>
{
    [Fact]
    public void Demo_SameSeedTwice_PrintsByteIdenticalOutputAndStoresTheCity()
    {
        var first = runs.First;
        var second = runs.Second;

        first.ExitCode.Should().Be(0, first.Stderr);
        second.ExitCode.Should().Be(0, second.Stderr);
        second.Stdout.Replace("second.db", "first.db", StringComparison.Ordinal).Should().Be(first.Stdout);
        // About 10 s on a quiet 2-core machine (target: under 30 s); the bound leaves room for a machine shared with other builds.
        runs.FirstElapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));

        first.Stdout.Should().Contain("1. 责任清单").And.Contain("雷同证据").And.Contain("植入的 5 个问题全部被发现")
            .And.Contain("2. 季度督查").And.Contain("四季度").And.Contain("3. 整改督办").And.Contain("约谈提醒")
            .And.Contain("AC021").And.Contain("问责条例第十二条").And.Contain("5. 统计").And.Contain("合计").And.Contain("7. 数据已写入 `SQLite` 数据库");

        // 70 checklists are stored, in the EF Core package's table when it maps them, else as JSON documents.
        first.Stdout.Should().MatchRegex(@"(?i)checklist\S*\s*\|\s+70 \|");
        using var connection = new SqliteConnection($"Data Source={runs.FirstDb};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
        Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThan(0);
    }

    [Fact]
    public void Demo_English_SwitchesLabelsAndReplacesTheEarlierDemoDatabase()
    {
        var run = runs.English;

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("Checklists returned for revision").And.Contain("Horizontal").And.Contain("Reminder talk")
            .And.Contain("ARR2019 Art. 12").And.Contain("Admonishment").And.NotContain("责任清单：");
        DemoDatabaseFile.IsDemoDatabase(runs.FirstDb).Should().BeTrue();
    }

    [Fact]
    public void Demo_LeavesOnlyItsDatabases_NoLockOrScratchFile()
    {
        runs.Entries.Should().Equal("first.db", "second.db");
    }

    [Fact]
    public async Task Demo_FormatJson_IsBadUsage()
    {
        var run = await ToolRun.RunAsync("demo", "--db", runs.Scratch("x.db"), "--format", "json");
        var en = await ToolRun.RunAsync("demo", "--db", runs.Scratch("x.db"), "--format", "json", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Be("akit: 此命令输出报告，不支持 `--format json|csv`\n");
        en.Stderr.Should().Be("akit: this command prints a report; --format json|csv is not available for it\n");
    }
}
