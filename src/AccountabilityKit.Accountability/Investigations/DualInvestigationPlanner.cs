using System.Collections.Immutable;
using System.Globalization;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Citations;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Accountability.Investigations;

/// <summary>
/// One case, two investigations (一案双查; SER2019 Art. 73, ARR2019 Arts. 4 and 6): from a violation case in a unit,
/// the checks to open — the principal responsibility of the committee that leads the unit (its secretary), the
/// supervisory responsibility of the discipline body (the nearest discipline secretary up the tree), and the
/// leadership responsibility of the principal leader and of the member in charge. The leading committee is the unit
/// itself when its team has a secretary, otherwise the nearest ancestor whose team has one.
/// </summary>
public static class DualInvestigationPlanner
{
    private static readonly Citation Art4 = Citation.Parse("ARR2019 Art. 4");
    private static readonly Citation Art6 = Citation.Parse("ARR2019 Art. 6");

    /// <summary>Plans the linked checks.</summary>
    /// <param name="violation">The violation case.</param>
    /// <param name="tree">The organisation tree.</param>
    /// <param name="cadres">The cadres of the units (their unit and role place them in the teams).</param>
    /// <returns>The checks, principal first, then supervisory, then leadership.</returns>
    /// <exception cref="ValidationFailedException">The violation's unit is not in the tree (code AC032).</exception>
    public static ImmutableArray<LinkedCheck> Plan(ViolationCase violation, OrgTree tree, IEnumerable<Cadre> cadres)
    {
        ArgumentNullException.ThrowIfNull(violation);
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(cadres);
        if (!tree.Contains(violation.Unit))
        {
            throw new ValidationFailedException(ValidationIssue.Error(AccountabilityIssueCodes.InvalidValue, "violation.unit", Catalog.Of(nameof(Messages.UnitNotInTree), ("unit", violation.Unit))));
        }

        var byUnit = cadres.ToLookup(static c => c.Unit);
        var path = tree.PathToRoot(violation.Unit);
        Cadre? Nearest(CadreRole role) => path.Select(u => byUnit[u.Id].FirstOrDefault(c => c.Role == role)).FirstOrDefault(static c => c is not null);

        var secretary = Nearest(CadreRole.Secretary);
        var committeeUnit = secretary?.Unit ?? violation.Unit;
        var discipline = Nearest(CadreRole.DisciplineSecretary);
        var checks = ImmutableArray.CreateBuilder<LinkedCheck>();
        checks.Add(new LinkedCheck(violation.Id, LinkedCheckKind.PrincipalResponsibility, committeeUnit, secretary?.Id, secretary?.Role, Art4,
            Catalog.Of(nameof(Messages.CheckPrincipal), ("unit", violation.Unit))));
        checks.Add(new LinkedCheck(violation.Id, LinkedCheckKind.SupervisoryResponsibility, discipline?.Unit ?? committeeUnit, discipline?.Id, discipline?.Role, Art4,
            Catalog.Of(discipline is null ? nameof(Messages.CheckSupervisoryNotFound) : nameof(Messages.CheckSupervisory))));

        var leaders = new List<Cadre>();
        if (secretary is not null)
        {
            leaders.Add(secretary);
        }

        if (violation.MemberInCharge is { } inCharge)
        {
            var member = path.SelectMany(u => byUnit[u.Id]).FirstOrDefault(c => c.Id == inCharge);
            if (member is not null && !leaders.Contains(member))
            {
                leaders.Add(member);
            }
        }

        foreach (var leader in leaders.Where(l => l.Id != violation.Violator))
        {
            checks.Add(new LinkedCheck(violation.Id, LinkedCheckKind.LeadershipResponsibility, leader.Unit, leader.Id, leader.Role, Art6,
                Catalog.Of(leader.Role == CadreRole.Secretary ? nameof(Messages.CheckLeadershipPrincipal) : nameof(Messages.CheckLeadershipInCharge))));
        }

        return checks.ToImmutable();
    }

    /// <summary>
    /// Opens one draft accountability case per linked check, linked to the violation case (<see cref="AccountabilityCase.ViolationCaseId"/>)
    /// and with no form decided yet: principal and supervisory checks hold the unit's organisation and its answerable
    /// leader to account together (ARR2019 Art. 6(2)), leadership checks the leader alone.
    /// </summary>
    /// <param name="checks">The checks from <see cref="Plan"/>.</param>
    /// <param name="authority">The authority that will handle the drafts.</param>
    /// <returns>The drafts, in the order of the checks; ids are "&lt;violation id&gt;/&lt;n&gt;".</returns>
    public static ImmutableArray<AccountabilityCase> DraftCases(IEnumerable<LinkedCheck> checks, AccountabilityAuthority authority)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(authority);
        return [.. checks.Select((check, n) =>
        {
            ImmutableArray<AccountableCadre> cadres = check.Person is { } person
                ? [new AccountableCadre
                {
                    Person = person,
                    Unit = check.Unit,
                    Role = check.Role ?? CadreRole.TeamMember,
                    // The principal leader and the member directly in charge bear primary leadership responsibility (Art. 6);
                    // the discipline secretary answers for supervision, which Art. 6 does not grade.
                    Responsibility = check.Kind == LinkedCheckKind.LeadershipResponsibility || check.Role == CadreRole.Secretary
                        ? LeadershipResponsibility.PrimaryLeadership
                        : null,
                }]
                : [];
            return new AccountabilityCase
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"{check.ViolationCaseId}/{n + 1}"),
                Authority = authority,
                ViolationCaseId = check.ViolationCaseId,
                Organizations = check.Kind == LinkedCheckKind.LeadershipResponsibility ? [] : [new AccountableOrganization { Unit = check.Unit }],
                Cadres = cadres,
            };
        })];
    }
}
