using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Time;
using Ardalis.Specification;

namespace AccountabilityKit.Accountability.Queries;

/// <summary>The accountability cases decided in one assessment year (undecided cases excluded), ordered by id.</summary>
public sealed class CasesDecidedInYearSpec : Specification<AccountabilityCase>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="year">The year.</param>
    public CasesDecidedInYearSpec(AssessmentYear year)
    {
        var first = year.FirstDay;
        var last = year.LastDay;
        Query.Where(c => c.DecidedOn != null && c.DecidedOn >= first && c.DecidedOn <= last).OrderBy(static c => c.Id);
    }
}
