using AccountabilityKit.Checklists.Records;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Time;
using NodaTime;

namespace AccountabilityKit.Checklists.Tests.Records;

public class ScheduleTrackerTests
{
    private static readonly LocalDate AsOf = new(2021, 6, 20);

    [Theory]
    [InlineData(2021, 6, 30, null, MilestoneStatus.DueSoon)]
    [InlineData(2021, 7, 4, null, MilestoneStatus.DueSoon)]
    [InlineData(2021, 7, 5, null, MilestoneStatus.OnTrack)]
    [InlineData(2021, 6, 20, null, MilestoneStatus.DueSoon)]
    [InlineData(2021, 6, 19, null, MilestoneStatus.Overdue)]
    [InlineData(2021, 3, 31, 20210401, MilestoneStatus.Done)]
    [InlineData(2021, 9, 30, 20210621, MilestoneStatus.OnTrack)] // completed after the as-of date: not done yet
    public void StatusOf_ClassifiesByDueDateAndCompletion(int year, int month, int day, int? completed, MilestoneStatus expected)
    {
        LocalDate? completedOn = completed is { } c ? new LocalDate(c / 10000, c / 100 % 100, c % 100) : null;
        var milestone = new Milestone(new LocalDate(year, month, day), "报告", completedOn);

        var status = new ScheduleTracker(dueSoonDays: 14).StatusOf(milestone, AsOf);

        status.Should().Be(expected);
    }

    [Fact]
    public void Evaluate_ReportsDaysAndRatesPerChecklistUnitAndAspect()
    {
        var template = BuiltInTemplates.CountyCommittee2021;
        var a = new ResponsibilityChecklist("a", template.Id, new AssessmentYear(2021), TestChecklists.Team("RG"),
        [
            new ChecklistItem("i1", ["C01-01"], "内容", "措施", [new Milestone(new LocalDate(2021, 3, 31), "一季度", new LocalDate(2021, 3, 30)), new Milestone(new LocalDate(2021, 6, 10), "二季度")], "标准"),
            new ChecklistItem("i2", ["C02-01", "C01-02"], "内容", "措施", [new Milestone(new LocalDate(2021, 12, 31), "全年")], "标准"),
        ]);
        var b = new ResponsibilityChecklist("b", template.Id, new AssessmentYear(2021), TestChecklists.Team("HA"),
        [
            new ChecklistItem("j1", ["C02-01"], "内容", "措施", [new Milestone(new LocalDate(2021, 6, 30), "半年")], "标准"),
        ]);

        var report = new ScheduleTracker().Evaluate([a, b], AsOf, [template]);

        report.Milestones.Select(m => (m.ChecklistId, m.ItemId, m.Index, m.Status, m.DaysOverdue, m.DaysLeft)).Should().Equal(
            ("a", "i1", 0, MilestoneStatus.Done, 0, 0),
            ("a", "i1", 1, MilestoneStatus.Overdue, 10, 0),
            ("a", "i2", 0, MilestoneStatus.OnTrack, 0, 194),
            ("b", "j1", 0, MilestoneStatus.DueSoon, 0, 10));
        report.ByChecklist.Should().Equal(
            new CompletionRate("a", 3, 1, 2, 1, 0.3333m, 0.5m),
            new CompletionRate("b", 1, 0, 0, 0, 0m, 1m));
        report.ByUnit.Select(r => (r.Key, r.Total)).Should().Equal(("HA", 1), ("RG", 3));
        report.ByAspect.Should().Equal(
            new CompletionRate("C01", 3, 1, 2, 1, 0.3333m, 0.5m),
            new CompletionRate("C02", 2, 0, 0, 0, 0m, 1m));
        report.Milestones[2].AspectCodes.Should().Equal("C02", "C01");
    }

    [Fact]
    public void Evaluate_WithoutTemplates_HasNoAspects()
    {
        var list = TestChecklists.Tailored(BuiltInTemplates.CityDepartment2021, TestChecklists.Team(), 1);

        var report = new ScheduleTracker().Evaluate([list], new LocalDate(2021, 7, 1));

        report.ByAspect.Should().BeEmpty();
        report.ByChecklist.Single().Should().Be(new CompletionRate(list.Id, list.Items.Length * 2, 0, list.Items.Length, list.Items.Length, 0m, 0m));
    }

    [Fact]
    public void Constructor_NegativeWindow_Throws()
    {
        var act = () => new ScheduleTracker(-1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
