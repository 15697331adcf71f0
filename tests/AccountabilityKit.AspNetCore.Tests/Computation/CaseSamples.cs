using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.AspNetCore.Tests.Computation;

/// <summary>The Accountability tests' sample case (a county committee holds the education bureau's Party group and its secretary to account), to vary.</summary>
internal static class CaseSamples
{
    public static readonly OrgUnitId County = new("RG");
    public static readonly OrgUnitId Bureau = new("RG-EDU");
    public static readonly PersonId Secretary = new("P-SEC");

    public static AccountableCadre SecretaryCadre(params AccountabilityForm[] forms) => new()
    {
        Person = Secretary,
        Unit = Bureau,
        Role = CadreRole.Secretary,
        Responsibility = LeadershipResponsibility.PrimaryLeadership,
        Forms = [.. forms],
    };

    public static AccountabilityCase Case() => new()
    {
        Id = "2021-RG-007",
        Authority = new AccountabilityAuthority(AccountabilityAuthorityKind.PartyCommittee, County),
        StartApprovedOn = new LocalDate(2021, 3, 1),
        DecidedOn = new LocalDate(2021, 5, 10),
        DeliveredOn = new LocalDate(2021, 5, 12),
        Circumstances = [Circumstance.PeoplesLivelihoodMisconduct],
        Organizations = [new AccountableOrganization { Unit = Bureau, Forms = [AccountabilityForm.WrittenExamination] }],
        Cadres = [SecretaryCadre(AccountabilityForm.Admonishment)],
    };
}
