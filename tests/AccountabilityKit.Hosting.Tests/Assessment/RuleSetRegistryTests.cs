using System.Collections.Concurrent;
using AccountabilityKit.Assessment.Hosting;
using AccountabilityKit.Assessment.Tests.TestSupport;
using AccountabilityKit.Organization;
using AccountabilityKit.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using static AccountabilityKit.Assessment.Tests.TestSupport.Fixtures;

namespace AccountabilityKit.Assessment.Tests.Hosting;

public sealed class RuleSetRegistryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("akit-assessment-").FullName;
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteRuleSet(string version, string name = "rules.json")
    {
        var node = RuleSetNode();
        node["version"] = version;
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, node.ToJsonString());
        return path;
    }

    private ServiceProvider Build(string path, bool watch = false)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 5, 20, 2, 0)));
        services.AddSingleton(Tree);
        services.AddLogging(b => b.AddProvider(_logs));
        services.AddAccountabilityKitAssessment(o =>
        {
            o.RuleSetFiles.Add(path);
            o.WatchFiles = watch;
        });
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddAccountabilityKitAssessment_LoadsTheFileAndTheClock()
    {
        using var provider = Build(WriteRuleSet("1"));

        var registry = provider.GetRequiredService<RuleSetRegistry>();

        registry.RuleSets.Should().ContainSingle().Which.Version.Should().Be("1");
        registry.ScorerFor("test").RuleSet.Id.Should().Be("test");
        registry.Calendar.CurrentQuarter.Should().Be(Q2);
        registry.ScorerFor(registry.Calendar.CurrentQuarter, UnitKind.County)!.RuleSet.Id.Should().Be("test");
        registry.ScorerFor(registry.Calendar.CurrentQuarter, UnitKind.Township).Should().BeNull();
    }

    [Fact]
    public void TryReload_ValidFile_SwapsTheRuleSet()
    {
        var path = WriteRuleSet("1");
        using var provider = Build(path);
        var registry = provider.GetRequiredService<RuleSetRegistry>();

        WriteRuleSet("2");
        registry.TryReload(path, out var report).Should().BeTrue();

        report.IsValid.Should().BeTrue();
        registry.ScorerFor("test").RuleSet.Version.Should().Be("2");
    }

    [Fact]
    public void TryReload_InvalidFile_KeepsTheOldRuleSetAndLogsWhy()
    {
        var path = WriteRuleSet("1");
        using var provider = Build(path);
        var registry = provider.GetRequiredService<RuleSetRegistry>();
        var before = registry.ScorerFor("test");

        File.WriteAllText(path, File.ReadAllText(path).Replace("\"cap\":4", "\"cap\":-4", StringComparison.Ordinal));
        registry.TryReload(path, out var report).Should().BeFalse();

        // Both "cap":4 became −4: the workStyle category's and the innovation bonus's.
        report.ShouldHaveExactly((AssessmentIssueCodes.NegativeValue, "$.categories[1].cap"), (AssessmentIssueCodes.NegativeValue, "$.bonuses[0].cap"));
        registry.ScorerFor("test").Should().BeSameAs(before);
        _logs.Messages.Should().Contain(m => m.Level == LogLevel.Error && m.Text.Contains("AS013", StringComparison.Ordinal) && m.Text.Contains("stays in force", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WatchFiles_ChangedFile_IsSwappedInAutomatically()
    {
        var path = WriteRuleSet("1");
        using var provider = Build(path, watch: true);
        var registry = provider.GetRequiredService<RuleSetRegistry>();
        var swapped = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        registry.RuleSetChanged += (_, source) => swapped.TrySetResult(source);

        WriteRuleSet("2");
        var finished = await Task.WhenAny(swapped.Task, Task.Delay(TimeSpan.FromSeconds(20)));

        finished.Should().BeSameAs(swapped.Task, "the file watcher reports the change");
        registry.ScorerFor("test").RuleSet.Version.Should().Be("2");
    }

    [Fact]
    public void Resolve_InvalidFileAtStartUp_FailsFast()
    {
        var path = Path.Combine(_dir, "bad.json");
        File.WriteAllText(path, "{ \"id\": 1 }");
        using var provider = Build(path);

        var act = () => { provider.GetRequiredService<RuleSetRegistry>(); };

        act.Should().Throw<ValidationFailedException>();
    }

    [Fact]
    public void Readers_DuringSwaps_AlwaysSeeACompleteRuleSet()
    {
        var path = WriteRuleSet("1");
        using var provider = Build(path);
        var registry = provider.GetRequiredService<RuleSetRegistry>();
        var seen = new ConcurrentBag<string>();

        Parallel.Invoke(
            () =>
            {
                for (var i = 0; i < 20; i++)
                {
                    WriteRuleSet((i % 2 == 0 ? 2 : 3).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    registry.TryReload(path, out _);
                }
            },
            () =>
            {
                for (var i = 0; i < 2000; i++)
                {
                    var scorer = registry.ScorerFor("test");
                    seen.Add(scorer.RuleSet.Version);
                    scorer.Score(Input(Finding("a", "political", AccountabilityKit.Assessment.Findings.FindingSeverity.Minor))).Total.Should().Be(99m);
                }
            });

        seen.Should().OnlyContain(v => v == "1" || v == "2" || v == "3");
    }

    [Fact]
    public void AddAccountabilityKitAssessment_RuleSetJson_LoadsWithoutFilesOrLogging()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 5, 20, 2, 0)));
        services.AddSingleton(Tree);
        services.AddAccountabilityKitAssessment(o => o.RuleSetJson.Add(RuleSetNode().ToJsonString()));
        using var provider = services.BuildServiceProvider();

        var registry = provider.GetRequiredService<RuleSetRegistry>();

        registry.ScorerFor("test").RuleSet.Version.Should().Be("1");
        var act = () => { registry.ScorerFor("missing"); };
        act.Should().Throw<KeyNotFoundException>();
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Text)> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Messages.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
