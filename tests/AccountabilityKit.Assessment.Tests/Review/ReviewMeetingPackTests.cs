using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.FollowUp;
using AccountabilityKit.Assessment.Review;
using AccountabilityKit.Assessment.Rules;
using NodaTime;
using static AccountabilityKit.Assessment.Tests.TestSupport.Fixtures;

namespace AccountabilityKit.Assessment.Tests.Review;

public class ReviewMeetingPackTests
{
    [Fact]
    public void Build_PerUnitPagesAndCountsAcrossUnits()
    {
        var findings = new[]
        {
            Finding("a1", "political", FindingSeverity.General),
            Finding("a2", "political", FindingSeverity.General, unit: TownA1),
            Finding("a3", "workStyle", FindingSeverity.Minor),
            Finding("b1", "political", FindingSeverity.Serious, unit: CountyB),
            Finding("old", "workStyle", FindingSeverity.Minor, quarter: Q2.Previous()) with { RectificationDeadline = new LocalDate(2026, 4, 15) },
        };

        var pack = ReviewMeetingPack.Build(Tree, [CountyA, CountyB], Q2, findings, EscalationPolicy.Default, new LocalDate(2026, 7, 10));

        pack.Pages.Select(p => (p.ProblemList.Unit, p.ProblemList.Findings.Count)).Should().Equal((CountyA, 3), (CountyB, 1));
        pack.Pages[0].ProblemList.Findings.Select(f => f.Id).Should().Equal("a1", "a2", "a3");
        // The Q1 finding "old" is 86 days overdue at 2026-07-10: a reminder talk for 如皋, though it is not on the Q2 problem list.
        pack.Pages[0].Actions.Should().ContainSingle().Which.Should().Match<FollowUpAction>(a => a.Kind == FollowUpActionKind.ReminderTalk && a.FindingIds.Single() == "old");
        pack.Pages[1].Actions.Should().BeEmpty();
        pack.Counts.Should().Equal(
            new FindingCount("political", FindingSeverity.Serious, 1),
            new FindingCount("political", FindingSeverity.General, 2),
            new FindingCount("workStyle", FindingSeverity.Minor, 1));
    }
}
