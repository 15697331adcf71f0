using AccountabilityKit.Assessment.Findings;
using Ardalis.Specification;
using NodaTime;

namespace AccountabilityKit.Assessment.Queries;

/// <summary>Findings whose rectification is overdue at an as-of date (deadline passed, not rectified by then), oldest deadline first.</summary>
/// <remarks>Matches exactly the findings for which <see cref="Finding.RectificationAt"/> gives <see cref="RectificationStatus.Overdue"/>.</remarks>
public sealed class OverdueFindingsSpec : Specification<Finding>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asOf">The date to judge at.</param>
    public OverdueFindingsSpec(LocalDate asOf)
    {
        Query.Where(f => f.RectificationDeadline != null && f.RectificationDeadline < asOf && (f.RectifiedOn == null || f.RectifiedOn > asOf))
            .OrderBy(f => f.RectificationDeadline)
            .ThenBy(f => f.Id);
    }
}
