using AccountabilityKit.Organization;
using AccountabilityKit.Time;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>A veto event (一票否决事项) of a unit in a quarter, e.g. its secretary sanctioned.</summary>
internal sealed record VetoEventRecord
{
    /// <summary>The unit it concerns.</summary>
    public required OrgUnitId Unit { get; init; }

    /// <summary>The quarter (must be the scored quarter).</summary>
    public required AssessmentQuarter Quarter { get; init; }

    /// <summary>The event code a veto rule of the rule set names (<c>secretarySanctioned</c>).</summary>
    public required string Event { get; init; }
}
