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
        var issues = new List<ValidationIssue>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var covered = new HashSet<OrgUnitId>();
        for (var t = 0; t < list.Count; t++)
        {
            var team = list[t] ?? throw new ArgumentException("A team is null.", nameof(teams));
            var path = JsonPaths.Index("$.teams", t);
            if (!ids.Add(team.Id))
            {
                issues.Add(ValidationIssue.Error(AssessmentIssueCodes.DuplicateTeamMember, path + ".id", $"The team id '{team.Id}' is used twice."));
            }

            for (var u = 0; u < team.AssignedUnits.Count; u++)
            {
                var unit = team.AssignedUnits[u];
                if (!tree.Contains(unit))
                {
                    issues.Add(ValidationIssue.Error(AssessmentIssueCodes.UnknownUnit, JsonPaths.Index(path + ".assignedUnits", u), $"The unit '{unit}' is not in the org tree."));
                    continue;
                }

                foreach (var sub in tree.SubtreeOf(unit))
                {
                    covered.Add(sub.Id);
                }
            }
        }

        ValidationReport.From(issues).ThrowIfInvalid();
        return new QuarterlyInspection(quarter, list.AsReadOnly(), covered);
    }

    /// <summary>True when a team of this round covers <paramref name="unit"/> (directly or as a subordinate unit).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>Whether it is covered.</returns>
    public bool Covers(OrgUnitId unit) => _covered.Contains(unit);
}
