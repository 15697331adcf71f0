using AccountabilityKit.Hosting.Tests.TestSupport;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AccountabilityKit.Hosting.Tests.Statistics;

public sealed class StatisticsAggregationTests : IDisposable
{
    private static readonly StatRequest CasesPerUnit = new()
    {
        Dimensions = [FactField.Unit],
        Measures = [StatMeasure.Count(), StatMeasure.DistinctCount(FactField.Case)],
    };

    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public void Execute_TheThreeEngines_AgreeAndAreEachInstrumented()
    {
        using var telemetry = new TelemetryRecorder();
        using var provider = Hosts.Build(kit => kit.AddStatistics(), _logs);
        var statistics = provider.GetRequiredService<StatisticsAggregation>();
        var table = statistics.CreateFactTable();
        table.AppendRange(Fixtures.Facts());

        var columnar = statistics.Execute(table, CasesPerUnit);
        var linq = statistics.Execute(Fixtures.Facts(), CasesPerUnit);
        var queryable = statistics.Execute(Fixtures.Facts().AsQueryable(), CasesPerUnit);

        columnar.Groups.Should().HaveCount(2);
        linq.Rows.Should().BeEquivalentTo(columnar.Rows, o => o.WithStrictOrdering());
        queryable.Rows.Should().BeEquivalentTo(columnar.Rows, o => o.WithStrictOrdering());
        foreach (var engine in new[] { "columnar", "linq", "queryable" })
        {
            telemetry.Activities.Should().Contain(a => a.OperationName == "AccountabilityKit.Aggregate" && a.GetTagItem("accountabilitykit.statistics.engine") as string == engine, engine);
            telemetry.Of("accountabilitykit.statistics.rows").Should().Contain(m => m.Tags["accountabilitykit.statistics.engine"] as string == engine && m.Value == 2, engine);
        }

        telemetry.Activities.Should().Contain(a => a.OperationName == "AccountabilityKit.Aggregate" && (int?)a.GetTagItem("accountabilitykit.statistics.fact_count") == 4);
        _logs.Events.Where(e => e.EventId.Id == 5001).Should().HaveCount(3).And.OnlyContain(e => e.Level == LogLevel.Debug);
    }

    [Fact]
    public void Execute_InvalidRequest_ThrowsAndLogs9001()
    {
        using var provider = Hosts.Build(kit => kit.AddStatistics(), _logs);

        var act = () => provider.GetRequiredService<StatisticsAggregation>().Execute(Fixtures.Facts(), new StatRequest { Dimensions = [FactField.Unit] });

        act.Should().Throw<ValidationFailedException>();
        _logs.Events.Should().ContainSingle(e => e.EventId.Id == 9001).Which.Properties["operation"].Should().Be("aggregate");
    }
}
