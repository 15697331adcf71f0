using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Time;
using Ardalis.Specification;

namespace AccountabilityKit.Checklists.Queries;

/// <summary>The checklists of one year, ordered by id.</summary>
public sealed class ChecklistsOfYearSpec : Specification<ResponsibilityChecklist>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="year">The year.</param>
    public ChecklistsOfYearSpec(AssessmentYear year) =>
        Query.Where(c => c.Year == year).OrderBy(static c => c.Id);
}
