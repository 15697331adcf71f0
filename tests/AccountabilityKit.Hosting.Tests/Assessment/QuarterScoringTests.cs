using System.Diagnostics;
using AccountabilityKit.Assessment;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Hosting.Tests.TestSupport;
using AccountabilityKit.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static AccountabilityKit.Hosting.Tests.TestSupport.Fixtures;

namespace AccountabilityKit.Hosting.Tests.Assessment;

public sealed class QuarterScoringTests : IDisposable
{
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    /// <summary>A provider whose one rule set has an id no other test uses, so its measurements are this test's.</summary>
    private ServiceProvider Build(string ruleSetId)
    {
        var node = RuleSetNode();
        node["id"] = ruleSetId;
        return Hosts.Build(kit => kit.AddRuleSets(o => o.RuleSetJson.Add(node.ToJsonString())), _logs);
    }

    [Fact]
    public void Score_TwoCounties_ScoresEachAndEmitsActivityMetricsAndLog()
    {
        using var telemetry = new TelemetryRecorder();
        using var provider = Build("scoring-telemetry");
        var scoring = provider.GetRequiredService<QuarterScoring>();

        var cards = scoring.Score(Q2, [Input(Finding("a", "political", FindingSeverity.Minor)), Input(CountyB)]);

        cards.Select(c => (c.Unit, c.Total)).Should().Equal((CountyA, 99m), (CountyB, 100m));
        var activity = telemetry.Activities.Should().ContainSingle(a => a.OperationName == "AccountabilityKit.ScoreQuarter" && (int?)a.GetTagItem("accountabilitykit.scoring.card_count") == 2 && a.GetTagItem("accountabilitykit.quarter") as string == "2026Q2").Which;
        activity.Status.Should().Be(ActivityStatusCode.Ok);
        activity.Source.Name.Should().Be(AccountabilityKitTelemetry.ActivitySourceName);
        telemetry.Of("accountabilitykit.scoring.cards").Where(m => m.Tags["accountabilitykit.rule_set.id"] as string == "scoring-telemetry")
            .Sum(m => m.Value).Should().Be(2);
        var duration = telemetry.Of("accountabilitykit.operation.duration").Should().Contain(m => m.Tags["accountabilitykit.operation"] as string == "score_quarter").Which;
        duration.Unit.Should().Be("s");
        duration.Value.Should().BeGreaterThanOrEqualTo(0);
        var scored = _logs.Events.Should().ContainSingle(e => e.EventId.Id == 4004).Which;
        scored.EventId.Name.Should().Be("QuarterScored");
        scored.Level.Should().Be(LogLevel.Information);
        scored.Properties["quarter"].Should().Be("2026Q2");
        scored.Properties["cards"].Should().Be(2);
        scored.Properties["Text"].Should().BeOfType<AccountabilityKit.Localization.Message>().Which.Id.Should().Be("Hosting.QuarterScored");
    }

    [Fact]
    public void Score_UnitWhoseKindNoRuleSetScores_ThrowsHO003AndRecordsTheFailure()
    {
        using var telemetry = new TelemetryRecorder();
        using var provider = Build("scoring-failure");
        var scoring = provider.GetRequiredService<QuarterScoring>();

        var act = () => scoring.Score(Q2, [Input(TownA1)]);

        var issue = act.Should().Throw<ValidationFailedException>().Which.Report.Issues.Should().ContainSingle().Which;
        issue.Code.Should().Be(HostingIssueCodes.NoRuleSetApplies);
        issue.Render(AccountabilityKit.Localization.MessageCatalog.Chinese).Should().Be("2026年第二季度没有适用于单位“RG-01”的现行规则集。");
        var failed = _logs.Events.Should().ContainSingle(e => e.EventId.Id == 9001).Which;
        failed.Level.Should().Be(LogLevel.Warning);
        failed.Exception.Should().BeOfType<ValidationFailedException>();
        failed.Properties["operation"].Should().Be("score_quarter");
        telemetry.Activities.Should().Contain(a => a.OperationName == "AccountabilityKit.ScoreQuarter" && a.Status == ActivityStatusCode.Error
            && a.GetTagItem("error.type") as string == typeof(ValidationFailedException).FullName);
        telemetry.Of("accountabilitykit.operation.duration").Should().Contain(m =>
            m.Tags["accountabilitykit.operation"] as string == "score_quarter" && m.Tags.ContainsKey("error.type"));
    }

    [Fact]
    public void Score_UnitOutsideTheTree_ReportsAS050()
    {
        using var provider = Build("scoring-unknown-unit");

        var act = () => provider.GetRequiredService<QuarterScoring>().Score(Q2, [Input(new AccountabilityKit.Organization.OrgUnitId("NOWHERE"))]);

        act.Should().Throw<ValidationFailedException>().Which.Report.Contains(AssessmentIssueCodes.UnknownUnit).Should().BeTrue();
    }

    [Fact]
    public void Score_ByRuleSetId_UsesThatRuleSet()
    {
        using var provider = Build("by-id");
        var scoring = provider.GetRequiredService<QuarterScoring>();

        var cards = scoring.Score(Q2, "by-id", [Input(Finding("b", "workStyle", FindingSeverity.Serious))]);

        cards.Should().ContainSingle().Which.Total.Should().Be(97m);
        var missing = () => scoring.Score(Q2, "missing", [Input()]);
        missing.Should().Throw<KeyNotFoundException>();
    }
}
