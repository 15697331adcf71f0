using AccountabilityKit.Organization;
using AccountabilityKit.People;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>
/// An exempting, mitigating or aggravating circumstance of a case, with its evidence (ARR2019 Arts. 17–19). It applies
/// to one person, to one organisation, or (when both are null) to every subject of the case.
/// </summary>
public sealed record CaseModifier
{
    /// <summary>The modifier.</summary>
    public required ModifierKind Kind { get; init; }

    /// <summary>The evidence the modifier rests on (e.g. the minutes recording an objection).</summary>
    public required string Evidence { get; init; }

    /// <summary>The person it applies to, if it applies to one person.</summary>
    public PersonId? Person { get; init; }

    /// <summary>The organisation it applies to, if it applies to one organisation.</summary>
    public OrgUnitId? Unit { get; init; }
}
