using System.Globalization;
using AccountabilityKit.Checklists.Tailoring;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>Who owns a checklist: a unit's leadership team (<see cref="Person"/> null) or one member with his role.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Person">The member's id, or <see langword="null"/> for the team's own list.</param>
/// <param name="Role">The member's role as code and label, or <see langword="null"/> for the team's own list.</param>
public sealed record ChecklistOwnerResponse(string Unit, string? Person, CodeLabel? Role)
{
    /// <summary>The contract of <paramref name="owner"/> in <paramref name="culture"/>.</summary>
    /// <param name="owner">The kit's owner.</param>
    /// <param name="culture">The response's language.</param>
    /// <returns>The contract.</returns>
    public static ChecklistOwnerResponse From(ChecklistOwner owner, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(culture);
        return new ChecklistOwnerResponse(owner.Unit.Value, owner.Person?.Value, owner.Role is { } role ? CodeLabel.Of(role, culture) : null);
    }
}
