using AccountabilityKit.Localization;
using AccountabilityKit.Checklists.Records;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using NodaTime;
using NodaTime.Testing;

namespace AccountabilityKit.Checklists.Tests;

/// <summary>The README's opening sample, kept compiling and true.</summary>
public class ReadmeSampleTests
{
    [Fact]
    public void Sample_RunsAsDocumented()
    {
        var template = BuiltInTemplates.CountyCommittee2021;
        var owner = ChecklistOwner.Member(new OrgUnitId("RG"), new PersonId("P1"), CadreRole.TeamMember);

        var items = template.DutiesFor([.. owner.DutyRoles]).Select((duty, i) => new ChecklistItem(
            $"i{i + 1}", [duty.Code],
            content: $"结合分管的城乡建设领域，第{i + 1}项：排查重点工程廉政风险点",
            measures: "每季度对分管单位负责人开展谈心谈话，建立台账",
            milestones: [new Milestone(new LocalDate(2021, 6, 30), "半年小结"), new Milestone(new LocalDate(2021, 12, 20), "全年总结")],
            completionStandard: "风险点全部建档，问题整改到位"));
        var list = new ResponsibilityChecklist("RG-P1-2021", template.Id, template.Year, owner, items);

        var report = ChecklistValidator.Validate(template, list);
        report.IsValid.Should().BeTrue(report.ToString(MessageCatalog.English));
        report.Issues.Select(i => i.ToString(System.Globalization.CultureInfo.GetCultureInfo("zh-CN"))).Should().BeEmpty();

        var copies = new NearDuplicateDetector().Detect([list], [template]);
        copies.Pairs.Should().BeEmpty();

        var clock = new FakeClock(Instant.FromUtc(2021, 1, 15, 1, 0));
        var review = ChecklistReview.Start(list.Id).Submit(owner.Person!.Value, clock);
        review = review.Return(new PersonId("R1"), clock, report.Issues.Select(i => i.Code), "与同班子成员清单雷同");
        review.State.Should().Be(ReviewState.Returned);

        var schedule = new ScheduleTracker(dueSoonDays: 14).Evaluate([list], new LocalDate(2021, 7, 10), [template]);
        schedule.ByChecklist[0].OnScheduleRate.Should().Be(0m);
        schedule.Milestones[0].Explanation.Render(System.Globalization.CultureInfo.GetCultureInfo("en")).Should().Be("Overdue by 10 days (due 2021-06-30).");
    }
}
