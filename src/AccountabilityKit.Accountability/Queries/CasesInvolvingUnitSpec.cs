using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Organization;
using Ardalis.Specification;

namespace AccountabilityKit.Accountability.Queries;

/// <summary>
/// The accountability cases holding to account an organisation of <c>unit</c> or a cadre of that unit, ordered by id.
/// (Against a database, the EF package's subject columns answer the same question: <c>InvolvingUnit</c>.)
/// </summary>
public sealed class CasesInvolvingUnitSpec : Specification<AccountabilityCase>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="unit">The subject unit.</param>
    public CasesInvolvingUnitSpec(OrgUnitId unit) =>
        Query.Where(c => c.Organizations.Any(o => o.Unit == unit) || c.Cadres.Any(x => x.Unit == unit)).OrderBy(static c => c.Id);
}
