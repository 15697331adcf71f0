namespace AccountabilityKit.Cli.Tests.TestSupport;

/// <summary>One <c>akit generate</c> output shared by a test class (10 units, 2021, seed 7).</summary>
public sealed class GeneratedData : IDisposable
{
    private readonly TempDirectory _directory = new();

    public GeneratedData()
    {
        var run = ToolRun.RunAsync("generate", "--units", "10", "--years", "2021-2021", "--out", _directory.Path, "--seed", "7").GetAwaiter().GetResult();
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException("generate failed: " + run.Stderr);
        }
    }

    public string Dir => _directory.Path;

    public string File(string name) => Path.Combine(_directory.Path, name);

    public TempDirectory Scratch { get; } = new();

    public void Dispose()
    {
        _directory.Dispose();
        Scratch.Dispose();
    }
}
