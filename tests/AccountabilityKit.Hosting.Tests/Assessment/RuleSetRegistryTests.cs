using AccountabilityKit.Localization;
using System.Collections.Concurrent;
using AccountabilityKit.Assessment;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Hosting.Tests.TestSupport;
using AccountabilityKit.Organization;
using AccountabilityKit.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using static AccountabilityKit.Hosting.Tests.TestSupport.Fixtures;

namespace AccountabilityKit.Hosting.Tests.Assessment;

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

    private ServiceProvider Build(string path, bool watch = false) =>
        Hosts.Build(
            kit => kit.AddRuleSets(o =>
            {
                o.RuleSetFiles.Add(path);
                o.WatchFiles = watch;
            }),
            _logs);

    [Fact]
    public void AddRuleSets_LoadsTheFileAndTheClock()
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
        report.Issues.Select(i => (i.Code, i.Path)).Should().BeEquivalentTo(new[]
        {
            (AssessmentIssueCodes.NegativeValue, "$.categories[1].cap"),
            (AssessmentIssueCodes.NegativeValue, "$.bonuses[0].cap"),
        });
        registry.ScorerFor("test").Should().BeSameAs(before);
        var rejected = _logs.Events.Should().ContainSingle(e => e.EventId.Id == 4001).Which;
        rejected.EventId.Name.Should().Be("RuleSetRejected");
        rejected.Level.Should().Be(LogLevel.Error);
        rejected.Properties["source"].Should().Be(Path.GetFullPath(path));
        rejected.Properties["codes"].Should().Be("AS013,AS013");
        rejected.Properties["Text"].Should().BeOfType<AccountabilityKit.Localization.Message>().Which.Id.Should().Be("Hosting.RuleSetRejected");
    }

    [Fact]
    public void TryReload_DeletedFile_KeepsTheOldRuleSetWithHO001()
    {
        var path = WriteRuleSet("1");
        using var provider = Build(path);
        var registry = provider.GetRequiredService<RuleSetRegistry>();

        File.Delete(path);
        registry.TryReload(path, out var report).Should().BeFalse();

        report.Issues.Should().ContainSingle().Which.Code.Should().Be(HostingIssueCodes.FileUnreadable);
        report.Issues[0].MessageId.Should().Be("Hosting.FileUnreadable");
        report.Issues[0].Render(MessageCatalog.Chinese).Should().Be($"无法读取文件“{path}”：文件不存在。", "the system's English text stays out of the zh-CN message");
        report.Issues[0].Render(MessageCatalog.English).Should().Be($"The file '{path}' cannot be read: the file does not exist.");
        report.Issues[0].Text["detail"].Should().NotBeNull("the system's own text stays available to a host");
        registry.ScorerFor("test").RuleSet.Version.Should().Be("1");
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
    public void Start_InvalidFile_FailsFastWithTheRuleSetCodes()
    {
        var path = Path.Combine(_dir, "bad.json");
        File.WriteAllText(path, "{ \"id\": 1 }");
        using var provider = Build(path);

        var start = () => Hosts.Start(provider);
        var resolve = () => { provider.GetRequiredService<RuleSetRegistry>(); };

        var failure = start.Should().Throw<OptionsValidationException>().Which;
        failure.OptionsType.Should().Be<RuleSetOptions>();
        failure.Failures.Should().NotBeEmpty().And.OnlyContain(f => f.StartsWith(path, StringComparison.Ordinal) && f.Contains("AK0", StringComparison.Ordinal));
        resolve.Should().Throw<OptionsValidationException>("resolving the registry without starting the host validates the options too");
    }

    [Fact]
    public void Registry_FileBrokenAfterValidation_FailsWithValidationFailedException()
    {
        var path = WriteRuleSet("1");
        var registryOptions = new RuleSetOptions { WatchFiles = false };
        registryOptions.RuleSetFiles.Add(path);
        File.WriteAllText(path, "{ \"id\": 1 }");

        var act = () => new RuleSetRegistry(registryOptions, Tree, new AccountabilityKit.Time.AssessmentCalendar(Clock));

        act.Should().Throw<ValidationFailedException>().Which.Report.IsValid.Should().BeFalse();
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
                    scorer.Score(Input(Finding("a", "political", FindingSeverity.Minor))).Total.Should().Be(99m);
                }
            });

        seen.Should().OnlyContain(v => v == "1" || v == "2" || v == "3");
    }

    [Fact]
    public void AddRuleSets_RuleSetJson_LoadsWithoutFilesOrLogging()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 5, 20, 2, 0)));
        services.AddSingleton(Tree);
        services.AddAccountabilityKit(kit => kit.AddRuleSets(o => o.RuleSetJson.Add(RuleSetNode().ToJsonString())));
        using var provider = services.BuildServiceProvider();

        var registry = provider.GetRequiredService<RuleSetRegistry>();

        registry.ScorerFor("test").RuleSet.Version.Should().Be("1");
        var act = () => { registry.ScorerFor("missing"); };
        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Be(Catalog.Of(nameof(Messages.UnknownRuleSet), ("id", "missing")).Render(null));
    }
}
