using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Organization;
using Ardalis.Specification;

namespace AccountabilityKit.Accountability.Queries;

/// <summary>
/// The accountability cases whose deciding authority's unit lies in a <see cref="DataScope"/>, ordered by id
/// (translates to SQL <c>IN (…)</c>).
/// </summary>
public sealed class CasesInScopeSpec : Specification<AccountabilityCase>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="scope">The subtrees the caller may see.</param>
    public CasesInScopeSpec(DataScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Query.Where(scope.Predicate<AccountabilityCase>(static c => c.Authority.Unit)).OrderBy(static c => c.Id);
    }
}
