using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Cli.Synthetic;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.Cli.Demo;

/// <summary>Hand-made flawed cases for the demo, each breaking one rule of the regulations.</summary>
internal static class DemoCases
{
    public static IReadOnlyList<(AccountabilityCase Case, Message What)> Flawed(SyntheticCity city)
    {
        var county = city.Tree.Units.First(u => u.Kind == UnitKind.County);
        var secretary = city.Cadres.First(c => c.Unit == county.Id && c.Role == CadreRole.Secretary);
        var member = city.Cadres.First(c => c.Unit == county.Id && c.Role == CadreRole.TeamMember);
        var commission = new AccountabilityAuthority(AccountabilityAuthorityKind.DisciplineCommission, new OrgUnitId(SyntheticCity.CityId));
        var committee = new AccountabilityAuthority(AccountabilityAuthorityKind.PartyCommittee, new OrgUnitId(SyntheticCity.CityId));
        var start = new LocalDate(DemoRun.Year, 4, 6);
        AccountabilityCase Base(string suffix) => new()
        {
            Id = $"{DemoRun.Year}-EX-{suffix}",
            Authority = committee,
            StartApprovedOn = start,
            InvestigationStartedOn = start.PlusDays(2),
            DecidedOn = start.PlusDays(45),
            InvestigationTeam = [new PersonId("JH-INV-1"), new PersonId("JH-INV-7")],
            Harm = HarmLevel.General,
            Circumstances = [Circumstance.PeoplesLivelihoodMisconduct],
        };
        AccountableCadre Cadre(Cadre cadre, params AccountabilityForm[] forms) => new()
        {
            Person = cadre.Id,
            Unit = cadre.Unit,
            Role = cadre.Role,
            Forms = [.. forms],
            Responsibility = Accountability.Responsibilities.LeadershipResponsibility.PrimaryLeadership,
        };

        return
        [
            (Base("01") with
            {
                Authority = commission,
                Harm = HarmLevel.FairlySerious,
                Cadres = [Cadre(member, AccountabilityForm.OrganizationalAdjustment) with { Adjustment = OrganizationalAdjustmentKind.Removal }],
            }, Catalog.Of(nameof(Messages.DemoFlawedRemovalByCommission))),
            (Base("02") with
            {
                Organizations = [new AccountableOrganization { Unit = county.Id, Forms = [AccountabilityForm.CirculatedNotice] }],
            }, Catalog.Of(nameof(Messages.DemoFlawedOrganizationOnly))),
            (Base("03") with
            {
                Cadres = [Cadre(secretary, AccountabilityForm.Admonishment)],
                Modifiers = [new CaseModifier { Kind = ModifierKind.Exempted, Person = secretary.Id, Evidence = "事前书面提出反对意见" }],
            }, Catalog.Of(nameof(Messages.DemoFlawedExemptedYetAdmonished))),
            (Base("04") with
            {
                Cadres = [Cadre(member, AccountabilityForm.CirculatedNotice)],
                IsTypicalCase = true,
                Modifiers = [new CaseModifier { Kind = ModifierKind.Mitigating, Person = member.Id, Evidence = " " }],
            }, Catalog.Of(nameof(Messages.DemoFlawedTypicalWithoutBatch))),
        ];
    }
}
