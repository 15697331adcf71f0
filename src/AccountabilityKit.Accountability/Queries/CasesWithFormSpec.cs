using AccountabilityKit.Accountability.Cases;
using Ardalis.Specification;

namespace AccountabilityKit.Accountability.Queries;

/// <summary>The accountability cases that decide <c>form</c> for at least one organisation or cadre, ordered by id.</summary>
public sealed class CasesWithFormSpec : Specification<AccountabilityCase>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="form">The form (问责方式).</param>
    public CasesWithFormSpec(AccountabilityForm form) =>
        Query.Where(c => c.Organizations.Any(o => o.Forms.Contains(form)) || c.Cadres.Any(x => x.Forms.Contains(form))).OrderBy(static c => c.Id);
}
