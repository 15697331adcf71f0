using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using NodaTime;

namespace AccountabilityKit.Assessment.Scoring;

/// <summary>What a unit's quarter is scored from.</summary>
/// <param name="Unit">The scored unit; findings of its subordinate units count towards it.</param>
/// <param name="Quarter">The quarter.</param>
/// <param name="AsOf">The date the rectification state is judged at.</param>
public sealed record ScoringInput(OrgUnitId Unit, AssessmentQuarter Quarter, LocalDate AsOf)
{
    /// <summary>The quarter's findings.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>The unit's findings of the previous quarter (only their categories matter: a category found again is a repeat).</summary>
    public IReadOnlyList<Finding> PreviousQuarterFindings { get; init; } = [];

    /// <summary>The bonus claims.</summary>
    public IReadOnlyList<BonusClaim> Bonuses { get; init; } = [];

    /// <summary>Veto event codes that occurred in the quarter (e.g. <c>secretarySanctioned</c>).</summary>
    public IReadOnlyList<string> VetoEvents { get; init; } = [];
}
