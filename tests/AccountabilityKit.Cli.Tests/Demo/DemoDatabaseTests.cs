using System.Diagnostics;
using AccountabilityKit.Cli.Demo;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Tests.TestSupport;

namespace AccountabilityKit.Cli.Tests.Demo;

/// <summary>
/// <c>demo --db</c> touches only what it owns: device nodes, named pipes, directories, symbolic links, foreign files,
/// empty paths and missing or unwritable directories are refused with exit 2 before any work, and left as they were;
/// a second run on the same database at the same time is refused as "in use".
/// </summary>
public sealed class DemoDatabaseTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task DevNull_IsRefusedAndTheDeviceNodeSurvives()
    {
        Kind("/dev/null").Should().Be("character special file");

        var run = await ToolRun.RunAsync("demo", "--db", "/dev/null");
        var en = await ToolRun.RunAsync("demo", "--db", "/dev/null", "--lang", "en");

        run.ExitCode.Should().Be(2, run.Stderr);
        run.Stderr.Should().Be("akit: 数据库路径“/dev/null”不是普通文件（设备、命名管道或套接字）；本工具不会触碰它\n");
        en.Stderr.Should().Be("akit: the database path '/dev/null' is not a regular file (a device, a named pipe or a socket); akit leaves it alone\n");
        run.Stdout.Should().BeEmpty("nothing is computed for a path the demo may not write");
        Kind("/dev/null").Should().Be("character special file");
        File.Exists("/dev/null.lock").Should().BeFalse();
    }

    [Fact]
    public async Task Fifo_IsRefusedWithoutBlockingAndSurvives()
    {
        var fifo = _dir.File("pipe.db");
        Process.Start("mkfifo", fifo).WaitForExit();
        Kind(fifo).Should().Be("fifo");

        var run = await ToolRun.RunAsync("demo", "--db", fifo).WaitAsync(TimeSpan.FromSeconds(30));

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("不是普通文件");
        Kind(fifo).Should().Be("fifo");
    }

    [Fact]
    public async Task SymbolicLinkToTheNullDevice_IsRefusedAndKept()
    {
        var link = _dir.File("link.db");
        File.CreateSymbolicLink(link, "/dev/null");

        var run = await ToolRun.RunAsync("demo", "--db", link, "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Be($"akit: the database path '{link}' is a symbolic link; akit does not replace it — give the file's own path\n");
        new FileInfo(link).LinkTarget.Should().Be("/dev/null");
        Kind("/dev/null").Should().Be("character special file");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task EmptyPath_IsBadUsage(string path)
    {
        var run = await ToolRun.RunAsync("demo", "--db", path);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Be("akit: `--db` 不能为空\n");
    }

    [Fact]
    public async Task Directory_IsRefused()
    {
        var plain = await ToolRun.RunAsync("demo", "--db", _dir.Path, "--lang", "en");
        var slash = await ToolRun.RunAsync("demo", "--db", _dir.File("new") + "/", "--lang", "en");

        plain.ExitCode.Should().Be(2);
        plain.Stderr.Should().Be($"akit: the database path '{_dir.Path}' is a directory; akit writes only regular files\n");
        slash.ExitCode.Should().Be(2);
        slash.Stderr.Should().Contain("is a directory");
        Directory.Exists(_dir.File("new")).Should().BeFalse();
    }

    [Fact]
    public async Task MissingDirectory_IsRefusedAndNotCreated()
    {
        var path = Path.Combine(_dir.File("missing"), "demo.db");

        var run = await ToolRun.RunAsync("demo", "--db", path, "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Be($"akit: the directory '{_dir.File("missing")}' of the database file '{path}' does not exist\n");
        Directory.Exists(_dir.File("missing")).Should().BeFalse();
    }

    [Fact]
    public async Task UnwritableDirectory_IsRefused()
    {
        // /proc refuses new files even to root, which these tests run as.
        var run = await ToolRun.RunAsync("demo", "--db", "/proc/akit-demo.db", "--lang", "en");

        run.ExitCode.Should().Be(2, run.Stderr);
        run.Stderr.Should().StartWith("akit: cannot create the database file in the directory '/proc'");
        run.ShouldHaveNoStackTrace();
    }

    [Fact]
    public async Task ForeignFile_IsRefusedAndLeftIntact()
    {
        var path = _dir.Write("notes.db", "my own notes, not a database");
        var sqlite = _dir.File("other.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={sqlite};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE mine (x INTEGER)";
            command.ExecuteNonQuery();
        }

        var bytes = await File.ReadAllBytesAsync(sqlite);

        var text = await ToolRun.RunAsync("demo", "--db", path, "--lang", "en");
        var database = await ToolRun.RunAsync("demo", "--db", sqlite);

        text.ExitCode.Should().Be(2);
        text.Stderr.Should().Be($"akit: '{path}' exists but is not a database akit demo created; akit does not overwrite it — choose another --db path or delete the file yourself\n");
        database.ExitCode.Should().Be(2, "a SQLite database without the demo's application id is someone else's");
        (await File.ReadAllTextAsync(path)).Should().Be("my own notes, not a database");
        (await File.ReadAllBytesAsync(sqlite)).Should().Equal(bytes);
    }

    [Fact]
    public void HeldClaim_RefusesASecondClaimAsInUse_AndIsReleasedOnDispose()
    {
        var path = _dir.File("busy.db");
        using (DemoDatabaseFile.Claim(path))
        {
            var second = () => DemoDatabaseFile.Claim(path);

            second.Should().Throw<UsageException>().Which.Text.Id.Should().Be("Cli.DatabaseInUse");
            File.Exists(path + ".lock").Should().BeTrue();
        }

        File.Exists(path + ".lock").Should().BeFalse("the lock file this run created is removed");
        using var again = DemoDatabaseFile.Claim(path);
    }

    [Fact]
    public async Task DemoOnADatabaseInUse_ExitsTwoWithInUse()
    {
        var path = _dir.File("busy.db");
        using var claim = DemoDatabaseFile.Claim(path);

        var run = await ToolRun.RunAsync("demo", "--db", path, "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Be($"akit: the database '{path}' is in use by another akit demo; run again when it has finished\n");
    }

    [Fact]
    public async Task TwoRunsAtOnce_OneStoresTheOtherIsRefusedAsInUse()
    {
        var path = _dir.File("shared.db");

        var runs = await Task.WhenAll(
            Task.Run(() => ToolRun.RunAsync("demo", "--db", path, "--seed", "3")),
            Task.Run(() => ToolRun.RunAsync("demo", "--db", path, "--seed", "3")));

        runs.Select(r => r.ExitCode).Should().BeEquivalentTo([0, 2], string.Join("\n", runs.Select(r => r.Stderr)));
        runs.Single(r => r.ExitCode == 2).Stderr.Should().Contain("正被另一个 `akit demo` 进程使用");
        runs.Should().AllSatisfy(r => r.ShouldHaveNoStackTrace());
        DemoDatabaseFile.IsDemoDatabase(path).Should().BeTrue();
        Directory.EnumerateFileSystemEntries(_dir.Path).Select(Path.GetFileName).Should().Equal("shared.db");
    }

    [Fact]
    public void UncommittedScratchFile_IsRemovedAndThePathIsNotCreated()
    {
        var path = _dir.File("failed.db");
        string scratch;
        using (var claim = DemoDatabaseFile.Claim(path))
        {
            scratch = claim.CreateScratch();
            File.Exists(scratch).Should().BeTrue();
        }

        File.Exists(scratch).Should().BeFalse();
        File.Exists(path).Should().BeFalse();
        Directory.EnumerateFileSystemEntries(_dir.Path).Should().BeEmpty();
    }

    /// <summary>The file type as stat(1) names it, without following links.</summary>
    private static string Kind(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%F", path]) { RedirectStandardOutput = true })!;
        var kind = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return kind;
    }
}
