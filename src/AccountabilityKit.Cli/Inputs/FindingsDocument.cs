using AccountabilityKit.Organization;
using AccountabilityKit.People;

namespace AccountabilityKit.Cli.Inputs;

/// <summary>
/// The tool's findings file (<c>akit score --findings</c>): the org tree the findings belong to, optionally the cadres
/// (for follow-up addressees), the findings of one or more quarters, and optional bonus claims.
/// </summary>
internal sealed record FindingsDocument
{
    public required IReadOnlyList<OrgUnit> Units { get; init; }

    public IReadOnlyList<Cadre>? Cadres { get; init; }

    public required IReadOnlyList<FindingRecord> Findings { get; init; }

    public IReadOnlyList<BonusRecord>? Bonuses { get; init; }
}
