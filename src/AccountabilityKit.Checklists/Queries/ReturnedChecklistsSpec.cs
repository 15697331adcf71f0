using AccountabilityKit.Checklists.Review;
using Ardalis.Specification;

namespace AccountabilityKit.Checklists.Queries;

/// <summary>The reviews whose checklist is currently returned for revision (退回修订), ordered by checklist id.</summary>
public sealed class ReturnedChecklistsSpec : Specification<ChecklistReview>
{
    /// <summary>Creates the specification.</summary>
    public ReturnedChecklistsSpec() =>
        Query.Where(static r => r.State == ReviewState.Returned).OrderBy(static r => r.ChecklistId);
}
