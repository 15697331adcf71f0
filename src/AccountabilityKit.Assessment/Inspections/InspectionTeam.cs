using AccountabilityKit.Localization;
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
        var issues = new ValidationReportBuilder();
        if (string.IsNullOrWhiteSpace(id))
        {
            issues.Error(AssessmentIssueCodes.DuplicateTeamMember, "id", Catalog.Of(nameof(Messages.TeamIdRequired)));
        }

        if (conductSupervisor == default)
        {
            issues.Error(AssessmentIssueCodes.InvalidTeamComposition, "conductSupervisor", Catalog.Of(nameof(Messages.ConductSupervisorRequired)));
        }

        var seen = new HashSet<PersonId>();
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var at = issues.At("members", i);
            if (member is null)
            {
                at.Error(AssessmentIssueCodes.InvalidTeamComposition, string.Empty, Catalog.Of(nameof(Messages.TeamMemberNull)));
                continue;
            }

            if (!Enum.IsDefined(member.Body))
            {
                at.Error(VocabularyIssueCodes.UndefinedEnumValue, "body", Catalog.Of(nameof(Messages.InspectionBodyUndefined), ("value", (long)member.Body)));
            }

            if (member.Person == conductSupervisor && conductSupervisor != default)
            {
                at.Error(AssessmentIssueCodes.DuplicateTeamMember, "person", Catalog.Of(nameof(Messages.SupervisorAlsoMember), ("person", member.Person)));
            }
            else if (!seen.Add(member.Person))
            {
                at.Error(AssessmentIssueCodes.DuplicateTeamMember, "person", Catalog.Of(nameof(Messages.MemberListedTwice), ("person", member.Person)));
            }
        }

        foreach (var body in Enum.GetValues<InspectionBody>())
        {
            if (!members.Any(m => m is not null && m.Body == body))
            {
                issues.Error(AssessmentIssueCodes.InvalidTeamComposition, "members", Catalog.Of(nameof(Messages.InspectionBodyMissing), MessageArgument.Of("body", body)));
            }
        }

        return issues.Build();
    }
}
