using AccountabilityKit.Citations;
using AccountabilityKit.Organization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Accountability.Responsibilities;

/// <summary>
/// Derives leadership responsibility (ARR2019 Art. 6) from a team, the matter at fault and each member's part:
/// the principal leader and the member directly in charge bear primary leadership responsibility, other participating
/// members important leadership responsibility, a member who recorded an objection or reservation is exempt
/// (Art. 17 item 2), an uninvolved member bears none, and the team bears overall leadership responsibility as soon as
/// any member bears one.
/// </summary>
public static class ResponsibilityDerivation
{
    private static readonly Citation Art6 = Citation.Parse("ARR2019 Art. 6");
    private static readonly Citation Art17Item2 = Citation.Parse("ARR2019 Art. 17 item 2");

    /// <summary>Derives the responsibilities.</summary>
    /// <param name="unit">The team's unit.</param>
    /// <param name="matter">The matter at fault.</param>
    /// <param name="members">Each member's part.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ValidationFailedException">The matter is blank, the team is empty, a member appears twice, or the team has more than one principal leader (code AC032).</exception>
    public static ResponsibilityAssessment Derive(OrgUnitId unit, string matter, IEnumerable<TeamMemberPart> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var list = members.ToList();
        // Paths are parameter names (this validates arguments, not a document).
        var issues = new ValidationReportBuilder();
        if (string.IsNullOrWhiteSpace(matter))
        {
            issues.Add(ValidationIssue.Error(AccountabilityIssueCodes.InvalidValue, "matter", Catalog.Of(nameof(Messages.MatterEmpty))));
        }

        if (list.Count == 0)
        {
            issues.Add(ValidationIssue.Error(AccountabilityIssueCodes.InvalidValue, "members", Catalog.Of(nameof(Messages.TeamEmpty))));
        }

        var seen = new HashSet<People.PersonId>();
        var principals = 0;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                issues.Add(ValidationIssue.Error(AccountabilityIssueCodes.InvalidValue, JsonPaths.Index("members", i), Catalog.Of(nameof(Messages.MemberMissing))));
                continue;
            }

            if (!seen.Add(list[i].Person))
            {
                issues.Add(ValidationIssue.Error(AccountabilityIssueCodes.InvalidValue, JsonPaths.Property(JsonPaths.Index("members", i), "person"), Catalog.Of(nameof(Messages.MemberTwice), ("person", list[i].Person))));
            }

            if (list[i].Part == MemberPart.PrincipalLeader && ++principals == 2)
            {
                issues.Add(ValidationIssue.Error(AccountabilityIssueCodes.InvalidValue, JsonPaths.Property(JsonPaths.Index("members", i), "part"), Catalog.Of(nameof(Messages.SecondPrincipalLeader)), Art6));
            }
        }

        issues.Build().ThrowIfInvalid();
        var findings = list.Select(Find).ToList();
        var team = findings.Any(static f => f.Responsibility is not null) ? LeadershipResponsibility.OverallLeadership : (LeadershipResponsibility?)null;
        return new ResponsibilityAssessment(unit, matter, team, Art6, [.. findings]);
    }

    private static MemberResponsibility Find(TeamMemberPart m) => m.Part switch
    {
        MemberPart.PrincipalLeader => new(m.Person, m.Role, m.Part, LeadershipResponsibility.PrimaryLeadership, false, Art6, Catalog.Of(nameof(Messages.ReasonPrincipalLeader))),
        MemberPart.DirectlyInCharge => new(m.Person, m.Role, m.Part, LeadershipResponsibility.PrimaryLeadership, false, Art6, Catalog.Of(nameof(Messages.ReasonDirectlyInCharge))),
        MemberPart.Participated => new(m.Person, m.Role, m.Part, LeadershipResponsibility.ImportantLeadership, false, Art6, Catalog.Of(nameof(Messages.ReasonParticipated))),
        MemberPart.ObjectedOrReserved => new(m.Person, m.Role, m.Part, null, true, Art17Item2, Catalog.Of(nameof(Messages.ReasonObjectedOrReserved))),
        MemberPart.NotInvolved => new(m.Person, m.Role, m.Part, null, false, Art6, Catalog.Of(nameof(Messages.ReasonNotInvolved))),
        _ => throw new ValidationFailedException(ValidationIssue.Error(VocabularyIssueCodes.UndefinedEnumValue, "part", Catalog.Of(nameof(Messages.ValueUndefined), ("what", Catalog.Of(nameof(Messages.WhatMemberPart))), MessageArgs.Enum("value", m.Part)))),
    };
}
