using AccountabilityKit.Checklists.Records;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Time;
using CsCheck;
using NodaTime;

namespace AccountabilityKit.Checklists.Tests.Records;

public class ScheduleTrackerPropertyTests
{
    private static readonly Gen<Milestone> MilestoneGen =
        Gen.Select(Gen.Int[1, 365], Gen.Int[0, 400], Gen.Bool)
            .Select(static (due, done, open) => new Milestone(
                new LocalDate(2021, 1, 1).PlusDays(due - 1), "交付", open ? null : new LocalDate(2021, 1, 1).PlusDays(done - 1)));

    private static readonly Gen<ResponsibilityChecklist> ChecklistGen =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 1_000_000], MilestoneGen.Array[0, 4].Array[0, 5])
            .Select(static (unit, id, items) => new ResponsibilityChecklist(
                $"c{id}", "t", new AssessmentYear(2021), TestChecklists.Team($"U{unit}"),
                items.Select((ms, i) => new ChecklistItem($"i{i}", ["C01-01"], "内容", "措施", ms, "标准"))));

    [Fact]
    public void Evaluate_StatusesPartitionTheMilestones_AndRatesStayWithinZeroAndOne()
    {
        Gen.Select(ChecklistGen.Array[0, 6], Gen.Int[0, 380], Gen.Int[0, 30]).Sample((lists, day, window) =>
        {
            var asOf = new LocalDate(2021, 1, 1).PlusDays(day);
            var report = new ScheduleTracker(window).Evaluate(lists, asOf);
            var total = lists.Sum(l => l.Items.Sum(i => i.Milestones.Length));
            return report.Milestones.Length == total
                && report.ByUnit.Sum(r => r.Total) == total
                && report.ByChecklist.All(r => r.Rate is >= 0m and <= 1m && r.OnScheduleRate is >= 0m and <= 1m && r.Done + r.Overdue <= r.Total)
                && report.Milestones.All(m => (m.Status == MilestoneStatus.Overdue) == (m.DaysOverdue > 0)
                    && (m.Status != MilestoneStatus.DueSoon || m.DaysLeft <= window));
        });
    }
}
