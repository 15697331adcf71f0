using AccountabilityKit.Organization;
using AccountabilityKit.Localization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Assessment.Findings;

/// <summary>The problem list (问题清单) handed to a unit's head: its findings of a quarter (subordinate units included), most serious first.</summary>
public sealed class ProblemList
{
    private ProblemList(OrgUnitId unit, AssessmentQuarter quarter, IReadOnlyList<Finding> findings)
    {
        Unit = unit;
        Quarter = quarter;
        Findings = findings;
    }

    /// <summary>The unit whose head receives the list.</summary>
    public OrgUnitId Unit { get; }

    /// <summary>The quarter.</summary>
    public AssessmentQuarter Quarter { get; }

    /// <summary>The findings, ordered by severity (serious first), then by id (ordinal).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// The list in one sentence: 单位“RG”2026年第二季度问题清单：共3个问题，其中严重1个、一般1个、轻微1个
    /// (English for an <c>en</c> culture).
    /// </summary>
    public Message Summary => Catalog.Of(
        nameof(Messages.ProblemListSummary),
        ("unit", Unit),
        ("quarter", Quarter),
        ("count", Findings.Count),
        ("serious", Findings.Count(f => f.Severity == FindingSeverity.Serious)),
        ("general", Findings.Count(f => f.Severity == FindingSeverity.General)),
        ("minor", Findings.Count(f => f.Severity == FindingSeverity.Minor)));

    /// <summary>Selects from <paramref name="findings"/> those of <paramref name="quarter"/> about <paramref name="unit"/> or its subordinate units.</summary>
    /// <param name="tree">The org tree.</param>
    /// <param name="unit">The unit (must be in the tree).</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="findings">All findings at hand; findings of units outside the tree are ignored.</param>
    /// <returns>The problem list.</returns>
    public static ProblemList For(OrgTree tree, OrgUnitId unit, AssessmentQuarter quarter, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(findings);
        if (!tree.Contains(unit))
        {
            throw new ValidationFailedException(new ValidationReportBuilder().Error(AssessmentIssueCodes.UnknownUnit, "unit", Catalog.Of(nameof(Messages.UnitNotInTree), ("unit", unit))).Build());
        }

        var selected = findings
            .Where(f => f.Quarter == quarter && tree.Contains(f.Unit) && tree.IsWithin(f.Unit, unit))
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        return new ProblemList(unit, quarter, selected.AsReadOnly());
    }
}
