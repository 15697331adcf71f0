using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Organization;
using AccountabilityKit.People;

namespace AccountabilityKit.Checklists.Tailoring;

/// <summary>Who owns a checklist: the leadership team of a unit (<see cref="Person"/> null), or one member with his role.</summary>
/// <param name="Unit">The unit whose leadership team the owner is or belongs to.</param>
/// <param name="Person">The member, or null for the team's own list.</param>
/// <param name="Role">The member's role, or null for the team's own list.</param>
public sealed record ChecklistOwner(OrgUnitId Unit, PersonId? Person, CadreRole? Role)
{
    /// <summary>True for the team's own list (班子清单).</summary>
    public bool IsTeam => Person is null;

    /// <summary>The duty roles the owner answers for (see <see cref="ChecklistTemplate.RolesOf"/>).</summary>
    public IReadOnlyList<DutyRole> DutyRoles => ChecklistTemplate.RolesOf(Role);

    /// <summary>The leadership team of <paramref name="unit"/>.</summary>
    /// <param name="unit">The unit.</param>
    public static ChecklistOwner Team(OrgUnitId unit) => new(unit, null, null);

    /// <summary>One member of the leadership team of <paramref name="unit"/>.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="person">The member.</param>
    /// <param name="role">His role.</param>
    public static ChecklistOwner Member(OrgUnitId unit, PersonId person, CadreRole role) => new(unit, person, role);

    /// <summary>The owner of a cadre's personal list.</summary>
    /// <param name="cadre">The cadre.</param>
    public static ChecklistOwner Of(Cadre cadre)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        return new(cadre.Unit, cadre.Id, cadre.Role);
    }
}
