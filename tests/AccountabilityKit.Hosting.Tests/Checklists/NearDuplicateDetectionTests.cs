using System.Diagnostics;
using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Hosting.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AccountabilityKit.Hosting.Tests.Checklists;

public sealed class NearDuplicateDetectionTests : IDisposable
{
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public void Detect_ACopiedList_FindsThePairAndEmitsActivityMetricsAndLog()
    {
        using var telemetry = new TelemetryRecorder();
        using var provider = Hosts.Build(kit => kit.AddNearDuplicateDetection(), _logs);
        Hosts.Start(provider);

        var report = provider.GetRequiredService<NearDuplicateDetection>().Detect(Fixtures.CopiedChecklists());

        report.Pairs.Should().ContainSingle().Which.Kind.Should().Be(NearDuplicateKind.CrossUnit);
        var activity = telemetry.Activities.Should().Contain(a => a.OperationName == "AccountabilityKit.DetectNearDuplicates").Which;
        activity.Status.Should().Be(ActivityStatusCode.Ok);
        activity.GetTagItem("accountabilitykit.near_duplicates.pair_count").Should().Be(1);
        activity.GetTagItem("accountabilitykit.near_duplicates.list_count").Should().Be(2);
        telemetry.Of("accountabilitykit.near_duplicates.pairs").Should().Contain(m => m.Value == 1 && m.Unit == "{pair}");
        telemetry.Of("accountabilitykit.operation.duration").Should().Contain(m => m.Tags["accountabilitykit.operation"] as string == "detect_near_duplicates");
        var logged = _logs.Events.Should().ContainSingle(e => e.EventId.Id == 2001).Which;
        logged.EventId.Name.Should().Be("NearDuplicatesDetected");
        logged.Level.Should().Be(LogLevel.Information);
        logged.Properties["pairs"].Should().Be(1);
        logged.Properties["lists"].Should().Be(2);
    }

    [Fact]
    public void Detect_WithAHigherThresholdThanTheCopyScores_FindsNothing()
    {
        using var provider = Hosts.Build(kit => kit.AddNearDuplicateDetection(o => o.Similarity = o.Similarity with { ListThreshold = 1m }));
        var lists = Fixtures.CopiedChecklists();
        lists[1] = Fixtures.Checklist("HA-team", Fixtures.CountyB, "牵头梳理城乡建设廉政风险点，建立台账跟踪", "组织复盘农业农村审批权力运行");

        provider.GetRequiredService<NearDuplicateDetection>().Detect(lists).Pairs.Should().BeEmpty();
    }

    [Fact]
    public void Detect_TwoListsWithOneId_FailsAndLogs9001()
    {
        using var provider = Hosts.Build(kit => kit.AddNearDuplicateDetection(), _logs);
        var list = Fixtures.CopiedChecklists()[0];

        var act = () => provider.GetRequiredService<NearDuplicateDetection>().Detect([list, list]);

        act.Should().Throw<ArgumentException>();
        _logs.Events.Should().ContainSingle(e => e.EventId.Id == 9001).Which.Properties["operation"].Should().Be("detect_near_duplicates");
    }
}
