using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Assessment.Inspections;

/// <summary>A quarter's inspection round (季度督查): its teams and the units they cover, subordinate units included.</summary>
public sealed class QuarterlyInspection
{
    private readonly HashSet<OrgUnitId> _covered;

    private QuarterlyInspection(AssessmentQuarter quarter, IReadOnlyList<InspectionTeam> teams, HashSet<OrgUnitId> covered)
    {
        Quarter = quarter;
        Teams = teams;
        _covered = covered;
    }

    /// <summary>The quarter inspected.</summary>
    public AssessmentQuarter Quarter { get; }

    /// <summary>The teams of the round.</summary>
    public IReadOnlyList<InspectionTeam> Teams { get; }

    /// <summary>The number of units covered, subordinate units included.</summary>
    public int CoveredUnitCount => _covered.Count;

    /// <summary>Creates a round; throws <see cref="ValidationFailedException"/> when a team id repeats or an assigned unit is not in <paramref name="tree"/>.</summary>
    /// <param name="quarter">The quarter.</param>
    /// <param name="teams">The teams.</param>
    /// <param name="tree">The org tree the assigned units belong to.</param>
    /// <returns>The round.</returns>
    public static QuarterlyInspection Create(AssessmentQuarter quarter, IEnumerable<InspectionTeam> teams, OrgTree tree)
    {
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentNullException.ThrowIfNull(tree);
        var list = teams.ToList();
        var issues = new ValidationReportBuilder();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var covered = new HashSet<OrgUnitId>();
        for (var t = 0; t < list.Count; t++)
        {
            var team = list[t] ?? throw new ArgumentException("A team is null.", nameof(teams));
            var at = issues.At("teams", t);
            if (!ids.Add(team.Id))
            {
                at.Error(AssessmentIssueCodes.DuplicateTeamMember, "id", Catalog.Of(nameof(Messages.DuplicateTeamId), ("id", team.Id)));
            }

            for (var u = 0; u < team.AssignedUnits.Count; u++)
            {
                var unit = team.AssignedUnits[u];
                if (!tree.Contains(unit))
                {
                    at.At("assignedUnits", u).Error(AssessmentIssueCodes.UnknownUnit, string.Empty, Catalog.Of(nameof(Messages.UnitNotInTree), ("unit", unit)));
                    continue;
                }

                foreach (var sub in tree.SubtreeOf(unit))
                {
                    covered.Add(sub.Id);
                }
            }
        }

        issues.Build().ThrowIfInvalid();
        return new QuarterlyInspection(quarter, list.AsReadOnly(), covered);
    }

    /// <summary>True when a team of this round covers <paramref name="unit"/> (directly or as a subordinate unit).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>Whether it is covered.</returns>
    public bool Covers(OrgUnitId unit) => _covered.Contains(unit);
}
