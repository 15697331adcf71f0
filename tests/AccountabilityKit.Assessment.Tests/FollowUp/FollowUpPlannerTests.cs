using AccountabilityKit.Localization;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.FollowUp;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Tests.TestSupport;
using AccountabilityKit.People;
using NodaTime;
using static AccountabilityKit.Assessment.Tests.TestSupport.Fixtures;

namespace AccountabilityKit.Assessment.Tests.FollowUp;

public class FollowUpPlannerTests
{
    private static readonly LocalDate AsOf = new(2026, 7, 31);

    [Fact]
    public void Plan_OverdueBeyondPolicyDays_GivesOneReminderTalkPerUnit()
    {
        var findings = new[]
        {
            Finding("a1", "political", FindingSeverity.General) with { RectificationDeadline = new LocalDate(2026, 6, 30) },   // 31 days overdue
            Finding("a2", "workStyle", FindingSeverity.Minor) with { RectificationDeadline = new LocalDate(2026, 7, 1) },      // exactly 30: not beyond
            Finding("a3", "workStyle", FindingSeverity.Minor) with { RectificationDeadline = new LocalDate(2026, 5, 1), RectifiedOn = new LocalDate(2026, 7, 1) }, // rectified late: no talk
        };
        var secretary = new Cadre(new PersonId("sec-rg"), "张书记", CountyA, CadreRole.Secretary);

        var actions = FollowUpPlanner.Plan(EscalationPolicy.Default, findings, AsOf, [secretary]);

        var talk = actions.Should().ContainSingle().Subject;
        talk.Kind.Should().Be(FollowUpActionKind.ReminderTalk);
        talk.Unit.Should().Be(CountyA);
        talk.Person.Should().Be(new PersonId("sec-rg"));
        talk.FindingIds.Should().Equal("a1");
        talk.Reason.Id.Should().Be("Assessment.ReminderTalkReason");
        talk.Reason["days"]!.Value.Value.Should().Be(30L);
        talk.Reason.Render(MessageCatalog.Chinese).Should().Be("问题整改逾期超过30天：a1（逾期31天），对主要负责人进行约谈提醒");
        talk.Reason.Render(MessageCatalog.English).Should().Be("Rectification overdue by more than 30 days: 'a1' (31 days overdue); a reminder talk with the principal leader is due");
    }

    [Fact]
    public void Plan_NoCadres_FallsBackToTheFirstResponsibleLeader()
    {
        var finding = Finding("a1", "political", FindingSeverity.General) with
        {
            RectificationDeadline = new LocalDate(2026, 5, 1),
            ResponsibleLeaders = [new PersonId("lead-1"), new PersonId("lead-2")],
        };

        FollowUpPlanner.Plan(EscalationPolicy.Default, [finding], AsOf).Single().Person.Should().Be(new PersonId("lead-1"));
    }

    [Fact]
    public void Plan_PatrolFindingShowingPrincipalFailure_GivesALetterToTheLeaderInCharge()
    {
        var patrol = new Finding("p1", CountyB, Q2, FindingSource.PatrolInspection, "political", FindingSeverity.Serious, "主体责任落实不力") { ShowsPrincipalResponsibilityFailure = true };
        var inspection = new Finding("p2", CountyB, Q2, FindingSource.QuarterlyInspection, "political", FindingSeverity.Serious, "同上") { ShowsPrincipalResponsibilityFailure = true };
        var patrolNoFailure = new Finding("p3", CountyB, Q2, FindingSource.CaseInvestigation, "political", FindingSeverity.Serious, "个人问题");

        var actions = FollowUpPlanner.Plan(EscalationPolicy.Default, [patrol, inspection, patrolNoFailure], AsOf);

        var letter = actions.Should().ContainSingle().Subject;
        letter.Kind.Should().Be(FollowUpActionKind.LetterToLeader);
        letter.Addressee.Render(MessageCatalog.Chinese).Should().Be("分管市领导");
        letter.Addressee.Render(MessageCatalog.English).Should().Be("The city leader in charge");
        letter.FindingIds.Should().Equal("p1");
        letter.Reason.Render(MessageCatalog.Chinese).Should().Contain("p1（巡察）");
        letter.Reason.Render(MessageCatalog.English).Should().StartWith("'p1' (Patrol");
    }

    [Fact]
    public void Plan_PolicyFromRuleSet_UsesItsDays()
    {
        var policy = Fixtures.RuleSet(n => n["followUp"] = System.Text.Json.Nodes.JsonNode.Parse("""{ "reminderTalkAfterOverdueDays": 10, "letterToLeaderSources": ["caseInvestigation"] }""")).FollowUp;
        var finding = Finding("a1", "political", FindingSeverity.General) with { RectificationDeadline = new LocalDate(2026, 7, 20) }; // 11 days

        policy.Should().Be(policy with { ReminderTalkAfterOverdueDays = 10 });
        FollowUpPlanner.Plan(policy, [finding], AsOf).Should().ContainSingle().Which.Kind.Should().Be(FollowUpActionKind.ReminderTalk);
        FollowUpPlanner.Plan(EscalationPolicy.Default, [finding], AsOf).Should().BeEmpty();
    }

    [Fact]
    public void RuleSet_InvalidFollowUpSection_IsReportedWithPaths()
    {
        var node = Fixtures.RuleSetNode();
        node["followUp"] = System.Text.Json.Nodes.JsonNode.Parse("""{ "reminderTalkAfterOverdueDays": -1, "letterToLeaderSources": [] }""");

        ScoringRuleSetJson.TryLoad(node.ToJsonString(), out _, out var report).Should().BeFalse();

        report.ShouldHaveExactly(
            (AssessmentIssueCodes.InvalidEscalationPolicy, "$.followUp.reminderTalkAfterOverdueDays"),
            (AssessmentIssueCodes.InvalidEscalationPolicy, "$.followUp.letterToLeaderSources"));
    }
}
