using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Assessment.Inspections;

/// <summary>An inspection team (督查小组, "4+1"): staff from the four bodies plus a conduct supervisor (党风监督员), and the units it inspects.</summary>
public sealed class InspectionTeam
{
    private InspectionTeam(string id, IReadOnlyList<InspectionTeamMember> members, PersonId conductSupervisor, IReadOnlyList<OrgUnitId> assignedUnits)
    {
        Id = id;
        Members = members;
        ConductSupervisor = conductSupervisor;
        AssignedUnits = assignedUnits;
    }

    /// <summary>The team's id.</summary>
    public string Id { get; }

    /// <summary>The staff members, each with his body.</summary>
    public IReadOnlyList<InspectionTeamMember> Members { get; }

    /// <summary>The conduct supervisor (党风监督员).</summary>
    public PersonId ConductSupervisor { get; }

    /// <summary>The units the team inspects (their subordinate units are covered too).</summary>
    public IReadOnlyList<OrgUnitId> AssignedUnits { get; }

    /// <summary>Creates a team; throws <see cref="ValidationFailedException"/> with every composition problem.</summary>
    /// <param name="id">The team's id.</param>
    /// <param name="members">The staff members.</param>
    /// <param name="conductSupervisor">The conduct supervisor.</param>
    /// <param name="assignedUnits">The units the team inspects.</param>
    /// <returns>The team.</returns>
    public static InspectionTeam Create(string id, IEnumerable<InspectionTeamMember> members, PersonId conductSupervisor, IEnumerable<OrgUnitId> assignedUnits)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(assignedUnits);
        var list = members.ToList();
        var units = assignedUnits.ToList();
        Validate(id, list, conductSupervisor).ThrowIfInvalid();
        return new InspectionTeam(id, list.AsReadOnly(), conductSupervisor, units.AsReadOnly());
    }

    /// <summary>Checks the "4+1" composition: a non-empty id, at least one member of each of the four bodies, a conduct supervisor who is not also a staff member, no person twice.</summary>
    /// <param name="id">The team's id.</param>
    /// <param name="members">The staff members.</param>
    /// <param name="conductSupervisor">The conduct supervisor.</param>
    /// <returns>Every problem found, with paths such as <c>$.members[2].person</c>.</returns>
    public static ValidationReport Validate(string? id, IReadOnlyList<InspectionTeamMember> members, PersonId conductSupervisor)
    {
        ArgumentNullException.ThrowIfNull(members);
        var issues = new List<ValidationIssue>();
        if (string.IsNullOrWhiteSpace(id))
        {
            issues.Add(ValidationIssue.Error(AssessmentIssueCodes.DuplicateTeamMember, "$.id", "A team needs a non-empty id."));
        }

        if (conductSupervisor == default)
        {
            issues.Add(ValidationIssue.Error(AssessmentIssueCodes.InvalidTeamComposition, "$.conductSupervisor", "A \"4+1\" team needs a conduct supervisor (党风监督员)."));
        }

        var seen = new HashSet<PersonId>();
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var path = JsonPaths.Index("$.members", i);
            if (member is null)
            {
                issues.Add(ValidationIssue.Error(AssessmentIssueCodes.InvalidTeamComposition, path, "A team member is missing."));
                continue;
            }

            if (!Enum.IsDefined(member.Body))
            {
                issues.Add(ValidationIssue.Error(VocabularyIssueCodes.UndefinedEnumValue, path + ".body", $"'{member.Body}' is not an inspection body."));
            }

            if (member.Person == conductSupervisor && conductSupervisor != default)
            {
                issues.Add(ValidationIssue.Error(AssessmentIssueCodes.DuplicateTeamMember, path + ".person", $"{member.Person} is the conduct supervisor and cannot also be a staff member."));
            }
            else if (!seen.Add(member.Person))
            {
                issues.Add(ValidationIssue.Error(AssessmentIssueCodes.DuplicateTeamMember, path + ".person", $"{member.Person} is listed twice."));
            }
        }

        foreach (var body in Enum.GetValues<InspectionBody>())
        {
            if (!members.Any(m => m is not null && m.Body == body))
            {
                issues.Add(ValidationIssue.Error(AssessmentIssueCodes.InvalidTeamComposition, "$.members", $"A \"4+1\" team needs a member from the {body} ({Localization.Labels.ZhCn(body)})."));
            }
        }

        return ValidationReport.From(issues);
    }
}
