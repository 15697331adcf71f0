using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;

namespace AccountabilityKit.Statistics.Facts;

/// <summary>
/// One flat row of score statistics: one unit's quarterly score (平时成绩) from a <c>ScoreCard</c>. One row is one
/// unit-quarter; project with <see cref="ScoreFactProjection"/>.
/// </summary>
public sealed record ScoreFact
{
    /// <summary>The unit scored.</summary>
    public required OrgUnitId Unit { get; init; }

    /// <summary>The region (the ancestor of <see cref="Unit"/> at the region depth of the projection).</summary>
    public required OrgUnitId Region { get; init; }

    /// <summary>The kind of <see cref="Unit"/>.</summary>
    public required UnitKind UnitKind { get; init; }

    /// <summary>The id of the unit group the unit is ranked in.</summary>
    public required string UnitGroup { get; init; }

    /// <summary>The quarter scored.</summary>
    public required AssessmentQuarter Quarter { get; init; }

    /// <summary>The year of <see cref="Quarter"/>.</summary>
    public int Year => Quarter.Year.Value;

    /// <summary>The total score (equals the sum of the score card's lines).</summary>
    public required decimal Total { get; init; }

    /// <summary>The grade (before quotas).</summary>
    public required Grade Grade { get; init; }

    /// <summary>Whether a veto (一票否决) forced the grade.</summary>
    public bool IsVetoed { get; init; }
}
