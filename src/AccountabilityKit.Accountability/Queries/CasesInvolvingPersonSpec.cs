using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.People;
using Ardalis.Specification;

namespace AccountabilityKit.Accountability.Queries;

/// <summary>
/// The accountability cases holding <c>person</c> to account as a cadre, ordered by id.
/// (Against a database, the EF package's subject columns answer the same question: <c>InvolvingPerson</c>.)
/// </summary>
public sealed class CasesInvolvingPersonSpec : Specification<AccountabilityCase>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="person">The cadre.</param>
    public CasesInvolvingPersonSpec(PersonId person) =>
        Query.Where(c => c.Cadres.Any(x => x.Person == person)).OrderBy(static c => c.Id);
}
