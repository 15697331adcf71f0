using System.Collections.Immutable;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Organization;
using AccountabilityKit.People;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>A leading cadre held to account (ARR2019 Art. 5): person, unit, role, responsibility and the forms decided.</summary>
public sealed record AccountableCadre
{
    private readonly ImmutableArray<AccountabilityForm> _forms = [];

    /// <summary>The person.</summary>
    public required PersonId Person { get; init; }

    /// <summary>The unit whose leadership team the cadre belongs to.</summary>
    public required OrgUnitId Unit { get; init; }

    /// <summary>The cadre's role in that team.</summary>
    public required CadreRole Role { get; init; }

    /// <summary>The leadership responsibility found (ARR2019 Art. 6), if any.</summary>
    public LeadershipResponsibility? Responsibility { get; init; }

    /// <summary>The forms decided (may be empty while the case is open).</summary>
    public ImmutableArray<AccountabilityForm> Forms { get => _forms; init => _forms = value.IsDefault ? [] : value; }

    /// <summary>The kind of organisational adjustment, required when <see cref="Forms"/> holds <see cref="AccountabilityForm.OrganizationalAdjustment"/>.</summary>
    public OrganizationalAdjustmentKind? Adjustment { get; init; }

    /// <summary>The sanction, required when <see cref="Forms"/> holds <see cref="AccountabilityForm.DisciplinarySanction"/>.</summary>
    public DisciplinarySanction? Sanction { get; init; }

    /// <summary>True when the cadre is already on file for disciplinary review (立案审查, ARR2019 Art. 9).</summary>
    public bool OnFileForDisciplinaryReview { get; init; }
}
