using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using Ardalis.Specification;

namespace AccountabilityKit.Assessment.Queries;

/// <summary>Findings of a quarter about units a caller may see (a <see cref="DataScope"/>), most serious first, then by id.</summary>
public sealed class FindingsInScopeSpec : Specification<Finding>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="scope">The units the caller may see (subtrees of the org tree).</param>
    /// <param name="quarter">The quarter.</param>
    public FindingsInScopeSpec(DataScope scope, AssessmentQuarter quarter)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Query.Where(scope.Predicate<Finding>(f => f.Unit))
            .Where(f => f.Quarter == quarter)
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Id);
    }
}
