using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using NodaTime;

namespace AccountabilityKit.Statistics.Facts;

/// <summary>
/// One flat row of inspection statistics: one finding (发现的问题) of one unit in one quarter, with its rectification
/// (整改) status judged at <see cref="AsOf"/>. One row is one finding; project with <see cref="FindingFactProjection"/>.
/// </summary>
public sealed record FindingFact
{
    /// <summary>The finding's id.</summary>
    public required string FindingId { get; init; }

    /// <summary>The region (the ancestor of <see cref="Unit"/> at the region depth of the projection).</summary>
    public required OrgUnitId Region { get; init; }

    /// <summary>The unit the finding is about.</summary>
    public required OrgUnitId Unit { get; init; }

    /// <summary>The kind of <see cref="Unit"/>.</summary>
    public required UnitKind UnitKind { get; init; }

    /// <summary>The id of the unit group the unit's kind belongs to (from the scoring rule set), if known.</summary>
    public string? UnitGroup { get; init; }

    /// <summary>The quarter the finding counts in.</summary>
    public required AssessmentQuarter Quarter { get; init; }

    /// <summary>The year of <see cref="Quarter"/>.</summary>
    public int Year => Quarter.Year.Value;

    /// <summary>Where the finding was made.</summary>
    public required FindingSource Source { get; init; }

    /// <summary>The rule set's category code (e.g. <c>political</c>).</summary>
    public required string Category { get; init; }

    /// <summary>How serious the finding is.</summary>
    public required FindingSeverity Severity { get; init; }

    /// <summary>The date the rectification status was judged at.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>The rectification status at <see cref="AsOf"/>.</summary>
    public required RectificationStatus Status { get; init; }

    /// <summary>
    /// Days past the rectification deadline: for <see cref="RectificationStatus.Overdue"/> up to <see cref="AsOf"/>, for
    /// <see cref="RectificationStatus.RectifiedLate"/> up to the rectified date; otherwise 0.
    /// </summary>
    public int DaysOverdue { get; init; }
}
