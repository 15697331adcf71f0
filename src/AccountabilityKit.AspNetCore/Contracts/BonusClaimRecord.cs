using AccountabilityKit.Organization;
using AccountabilityKit.Time;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>A bonus claim (加分) of a unit in a quarter, as the findings file of <c>akit score</c> writes it.</summary>
internal sealed record BonusClaimRecord
{
    /// <summary>The unit that earned it.</summary>
    public required OrgUnitId Unit { get; init; }

    /// <summary>The quarter (must be the scored quarter).</summary>
    public required AssessmentQuarter Quarter { get; init; }

    /// <summary>The rule set's bonus id.</summary>
    public required string BonusId { get; init; }

    /// <summary>How many occurrences (at least 1); 1 when absent.</summary>
    public int? Count { get; init; }

    /// <summary>What earned it (shown in the score line's reason).</summary>
    public string? Note { get; init; }
}
