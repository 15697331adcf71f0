using AccountabilityKit.Organization;
using AccountabilityKit.Time;

namespace AccountabilityKit.Cli.Inputs;

/// <summary>A bonus claim (加分) of a unit in a quarter, in the tool's findings file.</summary>
internal sealed record BonusRecord
{
    public required OrgUnitId Unit { get; init; }

    public required AssessmentQuarter Quarter { get; init; }

    public required string BonusId { get; init; }

    public int Count { get; init; } = 1;

    public string? Note { get; init; }
}
