using System.Diagnostics;
using AccountabilityKit.Hosting.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AccountabilityKit.Hosting.Tests.History;

public sealed class HistoryVerificationTests : IDisposable
{
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    private sealed record ChainReport(string ChainKey, bool IsIntact);

    [Fact]
    public void Verify_OneBrokenChain_CountsIntactAndBrokenAndWarns()
    {
        var entityType = $"Entry{Guid.NewGuid():N}";
        using var telemetry = new TelemetryRecorder();
        using var provider = Hosts.Build(_ => { }, _logs);
        var history = provider.GetRequiredService<HistoryVerification>();

        var reports = history.Verify<ChainReport>(entityType, () => [new("a", true), new("b", false), new("c", true)], r => r.IsIntact);

        reports.Should().HaveCount(3);
        var chains = telemetry.Of("accountabilitykit.history.chains").Where(m => m.Tags["accountabilitykit.history.entity_type"] as string == entityType).ToList();
        chains.Should().HaveCount(2);
        chains.Single(m => (bool)m.Tags["accountabilitykit.history.intact"]!).Value.Should().Be(2);
        chains.Single(m => !(bool)m.Tags["accountabilitykit.history.intact"]!).Value.Should().Be(1);
        var activity = telemetry.Activities.Should().ContainSingle(a => a.GetTagItem("accountabilitykit.history.entity_type") as string == entityType).Which;
        activity.OperationName.Should().Be("AccountabilityKit.VerifyHistory");
        activity.GetTagItem("accountabilitykit.history.broken_count").Should().Be(1);
        var warning = _logs.Events.Should().ContainSingle(e => e.EventId.Id == 6002).Which;
        warning.Level.Should().Be(LogLevel.Warning);
        warning.Properties["entityType"].Should().Be(entityType);
        warning.Properties["broken"].Should().Be(1);
    }

    [Fact]
    public async Task VerifyAsync_AllIntact_LogsInformation6001()
    {
        using var provider = Hosts.Build(_ => { }, _logs);
        var history = provider.GetRequiredService<HistoryVerification>();
        using var cancellation = new CancellationTokenSource();

        var reports = await history.VerifyAsync<ChainReport>(
            "CaseHistoryEntry",
            ct =>
            {
                ct.Should().Be(cancellation.Token);
                return Task.FromResult<IReadOnlyList<ChainReport>>([new("a", true)]);
            },
            r => r.IsIntact,
            cancellation.Token);

        reports.Should().ContainSingle();
        _logs.Events.Should().ContainSingle(e => e.EventId.Id == 6001).Which.Properties["chains"].Should().Be(1);
    }

    [Fact]
    public async Task VerifyAsync_VerifierThrows_RethrowsMarksTheActivityAndLogs9001()
    {
        var entityType = $"Entry{Guid.NewGuid():N}";
        using var telemetry = new TelemetryRecorder();
        using var provider = Hosts.Build(_ => { }, _logs);
        var history = provider.GetRequiredService<HistoryVerification>();

        var act = () => history.VerifyAsync<ChainReport>(entityType, _ => throw new InvalidOperationException("database gone"), r => r.IsIntact);

        await act.Should().ThrowAsync<InvalidOperationException>();
        telemetry.Activities.Should().ContainSingle(a => a.GetTagItem("accountabilitykit.history.entity_type") as string == entityType)
            .Which.Status.Should().Be(ActivityStatusCode.Error);
        var failed = _logs.Events.Should().ContainSingle(e => e.EventId.Id == 9001).Which;
        failed.Properties["operation"].Should().Be("verify_history");
        failed.Text.Should().Contain("database gone");
    }
}
