using AccountabilityKit.Checklists.Tailoring;
using Ardalis.Specification;
using NodaTime;

namespace AccountabilityKit.Checklists.Queries;

/// <summary>
/// The checklists with at least one overdue milestone at a date: due before it and not completed on or before it
/// (the same rule as <c>ScheduleTracker</c>), ordered by id.
/// </summary>
public sealed class ChecklistsWithOverdueMilestonesSpec : Specification<ResponsibilityChecklist>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asOf">The date evaluated.</param>
    public ChecklistsWithOverdueMilestonesSpec(LocalDate asOf) =>
        Query.Where(c => c.Items.Any(i => i.Milestones.Any(m => m.Due < asOf && (m.CompletedOn == null || m.CompletedOn > asOf))))
            .OrderBy(static c => c.Id);
}
