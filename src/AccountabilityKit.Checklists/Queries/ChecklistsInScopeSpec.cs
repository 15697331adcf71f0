using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Organization;
using Ardalis.Specification;

namespace AccountabilityKit.Checklists.Queries;

/// <summary>The checklists whose owner's unit lies in a <see cref="DataScope"/>, ordered by id (translates to SQL <c>IN (…)</c>).</summary>
public sealed class ChecklistsInScopeSpec : Specification<ResponsibilityChecklist>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="scope">The subtrees the caller may see.</param>
    public ChecklistsInScopeSpec(DataScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Query.Where(scope.Predicate<ResponsibilityChecklist>(static c => c.Owner.Unit)).OrderBy(static c => c.Id);
    }
}
