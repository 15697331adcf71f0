using AccountabilityKit.Cli.Tests.TestSupport;

namespace AccountabilityKit.Cli.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Generate_SameSeed_WritesByteIdenticalFiles()
    {
        var first = Path.Combine(_dir.Path, "a");
        var second = Path.Combine(_dir.Path, "b");

        (await ToolRun.RunAsync("generate", "--units", "6", "--years", "2020-2021", "--out", first, "--seed", "3")).ExitCode.Should().Be(0);
        (await ToolRun.RunAsync("generate", "--units", "6", "--years", "2020-2021", "--out", second, "--seed", "3")).ExitCode.Should().Be(0);

        var files = Directory.GetFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToList();
        files.Should().Contain(["org-tree.json", "findings.json", "cases.json", "facts.json", "facts.csv", "rules-county-level.json"]);
        foreach (var file in files)
        {
            File.ReadAllBytes(Path.Combine(second, file)).Should().Equal(File.ReadAllBytes(Path.Combine(first, file)), file);
        }
    }

    [Fact]
    public async Task Generate_OtherSeed_WritesOtherFindings()
    {
        var first = Path.Combine(_dir.Path, "s1");
        var second = Path.Combine(_dir.Path, "s2");

        await ToolRun.RunAsync("generate", "--units", "4", "--out", first, "--seed", "1");
        await ToolRun.RunAsync("generate", "--units", "4", "--out", second, "--seed", "2");

        File.ReadAllText(Path.Combine(second, "findings.json")).Should().NotBe(File.ReadAllText(Path.Combine(first, "findings.json")));
    }

    [Fact]
    public async Task Generate_TenYears_CoversEveryQuarterAndTheRuleSetsFollow()
    {
        var dir = Path.Combine(_dir.Path, "decade");

        var run = await ToolRun.RunAsync("generate", "--units", "3", "--years", "2017-2026", "--out", dir);

        run.ExitCode.Should().Be(0, run.Stderr);
        var findings = File.ReadAllText(Path.Combine(dir, "findings.json"));
        findings.Should().Contain("\"2017Q1\"").And.Contain("\"2026Q4\"");
        File.ReadAllText(Path.Combine(dir, "rules-county-level.json")).Should().Contain("\"effectiveFrom\": \"2017Q1\"").And.Contain("\"effectiveTo\": \"2026Q4\"");
    }

    [Theory]
    [InlineData("--units", "1")]
    [InlineData("--years", "2026-2017")]
    [InlineData("--years", "twenty")]
    public async Task Generate_BadArguments_ExitsTwo(string option, string value)
    {
        var run = await ToolRun.RunAsync("generate", "--out", Path.Combine(_dir.Path, "x"), option, value);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().StartWith("akit: ");
    }

    [Fact]
    public async Task Generate_IntoADirectoryHoldingItsFiles_RefusesAndOverwritesNothing()
    {
        var dir = Path.Combine(_dir.Path, "data");
        (await ToolRun.RunAsync("generate", "--units", "4", "--out", dir)).ExitCode.Should().Be(0);
        var cases = Path.Combine(dir, "cases.json");
        File.WriteAllText(cases, "my own cases");

        var run = await ToolRun.RunAsync("generate", "--units", "4", "--out", dir, "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Be($"akit: '{Path.Combine(dir, "org-tree.json")}' already exists; generate only creates new files and never overwrites one — choose another --out directory or delete it yourself\n");
        File.ReadAllText(cases).Should().Be("my own cases");
    }

    [Fact]
    public async Task Generate_FileNameTakenByALinkToTheNullDevice_RefusesBeforeWritingAnything()
    {
        var dir = Path.Combine(_dir.Path, "linked");
        Directory.CreateDirectory(dir);
        File.CreateSymbolicLink(Path.Combine(dir, "facts.csv"), "/dev/null");

        var run = await ToolRun.RunAsync("generate", "--units", "4", "--out", dir);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("facts.csv").And.Contain("已存在");
        Directory.EnumerateFileSystemEntries(dir).Select(Path.GetFileName).Should().Equal("facts.csv");
        new FileInfo(Path.Combine(dir, "facts.csv")).LinkTarget.Should().Be("/dev/null");
    }

    [Theory]
    [InlineData("/dev/null")]
    [InlineData("file")]
    public async Task Generate_OutIsNotADirectory_IsBadUsage(string target)
    {
        var path = target == "file" ? _dir.Write("plain.txt", "text") : target;

        var run = await ToolRun.RunAsync("generate", "--units", "4", "--out", path, "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Be($"akit: the output path '{path}' exists but is not a directory\n");
        if (target == "file")
        {
            File.ReadAllText(path).Should().Be("text");
        }
    }
}
