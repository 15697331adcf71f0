using System.Diagnostics;

namespace AccountabilityKit.PackageTests;

/// <summary>The akit tool as a user installs it: `dotnet tool install` from the local feed, then `akit demo`.</summary>
public class ToolPackageTests
{
    [Fact]
    public void AkitTool_InstalledFromTheLocalFeed_RunsTheDemo()
    {
        var version = PackedPackageAttribute.ConsumedVersion;
        var feed = Path.GetFullPath(PackedPackageAttribute.Current.Folder);
        File.Exists(Path.Combine(feed, $"AccountabilityKit.Cli.{version}.nupkg")).Should().BeTrue("CI packs the tool with the libraries");
        var work = Directory.CreateTempSubdirectory("akit-tool-").FullName;
        try
        {
            var toolPath = Path.Combine(work, "tools");
            var install = Run("dotnet", work, "tool", "install", "AccountabilityKit.Cli", "--version", version, "--tool-path", toolPath, "--add-source", feed);
            install.ExitCode.Should().Be(0, install.Output);

            var demo = Run(Path.Combine(toolPath, "akit"), work, "demo", "--db", Path.Combine(work, "demo.db"), "--seed", "7", "--lang", "en");
            demo.ExitCode.Should().Be(0, demo.Output);
            demo.Output.Should().NotContain("Exception");
            File.Exists(Path.Combine(work, "demo.db")).Should().BeTrue("the demo stores everything in the SQLite file");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static (int ExitCode, string Output) Run(string fileName, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(5)).Should().BeTrue($"{fileName} finishes");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
