using System.Collections.Immutable;
using AccountabilityKit.Organization;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>A Party organisation held to account (ARR2019 Art. 5) and the forms decided for it.</summary>
public sealed record AccountableOrganization
{
    private readonly ImmutableArray<AccountabilityForm> _forms = [];

    /// <summary>The organisation's unit.</summary>
    public required OrgUnitId Unit { get; init; }

    /// <summary>The forms decided (may be empty while the case is open).</summary>
    public ImmutableArray<AccountabilityForm> Forms { get => _forms; init => _forms = value.IsDefault ? [] : value; }

    /// <summary>True when the organisation is already on file for disciplinary review (立案审查, ARR2019 Art. 9).</summary>
    public bool OnFileForDisciplinaryReview { get; init; }
}
