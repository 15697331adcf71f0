using System.Collections.Immutable;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using NodaTime;

namespace AccountabilityKit.Checklists.Records;

/// <summary>
/// Evaluates every milestone at an as-of date — done (completed on or before it), overdue (with days), due soon (within
/// a configurable window), on track — and completion rates per checklist, per unit and per template aspect.
/// </summary>
public sealed class ScheduleTracker
{
    /// <summary>Creates a tracker.</summary>
    /// <param name="dueSoonDays">Open milestones due within this many days of the as-of date are due soon (default 14).</param>
    public ScheduleTracker(int dueSoonDays = 14)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);
        DueSoonDays = dueSoonDays;
    }

    /// <summary>The due-soon window in days.</summary>
    public int DueSoonDays { get; }

    /// <summary>The status of one milestone at <paramref name="asOf"/>.</summary>
    /// <param name="milestone">The milestone.</param>
    /// <param name="asOf">The date evaluated.</param>
    public MilestoneStatus StatusOf(Milestone milestone, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        if (milestone.CompletedOn is { } done && done <= asOf)
        {
            return MilestoneStatus.Done;
        }

        return milestone.Due < asOf ? MilestoneStatus.Overdue
            : Period.Between(asOf, milestone.Due, PeriodUnits.Days).Days <= DueSoonDays ? MilestoneStatus.DueSoon
            : MilestoneStatus.OnTrack;
    }

    /// <summary>Evaluates <paramref name="checklists"/> at <paramref name="asOf"/>.</summary>
    /// <param name="checklists">The checklists.</param>
    /// <param name="asOf">The date evaluated.</param>
    /// <param name="templates">Templates (matched by id) that give each item's aspects; may be empty.</param>
    public ScheduleReport Evaluate(IEnumerable<ResponsibilityChecklist> checklists, LocalDate asOf, IEnumerable<ChecklistTemplate>? templates = null)
    {
        ArgumentNullException.ThrowIfNull(checklists);
        var templateById = (templates ?? []).ToDictionary(static t => t.Id, StringComparer.Ordinal);
        var progress = new List<MilestoneProgress>();
        foreach (var checklist in checklists)
        {
            templateById.TryGetValue(checklist.TemplateId, out var template);
            foreach (var item in checklist.Items)
            {
                ImmutableArray<string> aspects = template is null ? [] : [.. item.DutyCodes.Select(template.AspectOf).Where(static a => a is not null).Select(static a => a!.Code).Distinct(StringComparer.Ordinal)];
                for (var m = 0; m < item.Milestones.Length; m++)
                {
                    var milestone = item.Milestones[m];
                    var status = StatusOf(milestone, asOf);
                    var overdue = status == MilestoneStatus.Overdue ? Period.Between(milestone.Due, asOf, PeriodUnits.Days).Days : 0;
                    var left = status is MilestoneStatus.DueSoon or MilestoneStatus.OnTrack ? Period.Between(asOf, milestone.Due, PeriodUnits.Days).Days : 0;
                    progress.Add(new MilestoneProgress(checklist.Id, checklist.Owner.Unit, item.Id, m, milestone, status, overdue, left, aspects));
                }
            }
        }

        return new ScheduleReport(
            asOf,
            [.. progress],
            Rates(progress.GroupBy(static p => p.ChecklistId, StringComparer.Ordinal), asOf),
            Rates(progress.GroupBy(static p => p.Unit.Value, StringComparer.Ordinal), asOf),
            Rates(progress.SelectMany(static p => p.AspectCodes.Select(a => (a, p))).GroupBy(static x => x.a, static x => x.p, StringComparer.Ordinal), asOf));
    }

    private static ImmutableArray<CompletionRate> Rates(IEnumerable<IGrouping<string, MilestoneProgress>> groups, LocalDate asOf) =>
        [.. groups.OrderBy(static g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var total = g.Count();
            var done = g.Count(static p => p.Status == MilestoneStatus.Done);
            var due = g.Count(p => p.Milestone.Due <= asOf);
            var doneOfDue = g.Count(p => p.Milestone.Due <= asOf && p.Status == MilestoneStatus.Done);
            var overdue = g.Count(static p => p.Status == MilestoneStatus.Overdue);
            return new CompletionRate(g.Key, total, done, due, overdue, Ratio(done, total, 0m), Ratio(doneOfDue, due, 1m));
        })];

    private static decimal Ratio(int part, int whole, decimal whenEmpty) =>
        whole == 0 ? whenEmpty : Math.Round((decimal)part / whole, 4, MidpointRounding.ToEven);
}
