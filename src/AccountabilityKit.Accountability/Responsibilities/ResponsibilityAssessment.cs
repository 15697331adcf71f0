using System.Collections.Immutable;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Citations;
using AccountabilityKit.Organization;

namespace AccountabilityKit.Accountability.Responsibilities;

/// <summary>The responsibilities derived for a leadership team and its members for one matter (ARR2019 Art. 6).</summary>
/// <param name="Unit">The team's unit.</param>
/// <param name="Matter">The matter at fault.</param>
/// <param name="TeamResponsibility"><see cref="LeadershipResponsibility.OverallLeadership"/> when any member bears a responsibility, otherwise null.</param>
/// <param name="TeamCitation">The article for the team's responsibility (ARR2019 Art. 6).</param>
/// <param name="Members">One finding per member, in input order.</param>
public sealed record ResponsibilityAssessment(OrgUnitId Unit, string Matter, LeadershipResponsibility? TeamResponsibility, Citation TeamCitation, ImmutableArray<MemberResponsibility> Members)
{
    /// <summary>The members who bear a leadership responsibility.</summary>
    public IEnumerable<MemberResponsibility> ResponsibleMembers => Members.Where(static m => m.Responsibility is not null);

    /// <summary>
    /// The cascade of an organisation case (ARR2019 Art. 6(2)): when the organisation is held to account, its
    /// responsible team members are held to account at the same time. Returns one subject per responsible member,
    /// with the responsibility set and no form yet.
    /// </summary>
    /// <returns>The cadres to add to the case.</returns>
    public ImmutableArray<AccountableCadre> CascadeToMembers() =>
        [.. ResponsibleMembers.Select(m => new AccountableCadre { Person = m.Person, Unit = Unit, Role = m.Role, Responsibility = m.Responsibility })];
}
