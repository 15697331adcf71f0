using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.Accountability.Tests.TestSupport;

/// <summary>A small, valid case to vary in tests.</summary>
internal static class Samples
{
    public static readonly OrgUnitId City = new("NT");
    public static readonly OrgUnitId County = new("RG");
    public static readonly OrgUnitId Bureau = new("RG-EDU");
    public static readonly PersonId Secretary = new("P-SEC");
    public static readonly PersonId Deputy = new("P-DEP");
    public static readonly PersonId Member = new("P-MEM");

    public static AccountableCadre SecretaryCadre(params AccountabilityForm[] forms) => new()
    {
        Person = Secretary,
        Unit = Bureau,
        Role = CadreRole.Secretary,
        Responsibility = LeadershipResponsibility.PrimaryLeadership,
        Forms = [.. forms],
    };

    /// <summary>The county committee's approval of a decision of its discipline commission (ARR2019 Art. 12).</summary>
    public static readonly Approval CommitteeApproval = new()
    {
        Body = new AccountabilityAuthority(AccountabilityAuthorityKind.PartyCommittee, County),
        ApprovedOn = new LocalDate(2021, 5, 8),
    };

    /// <summary>The same case decided by the county's discipline commission with the county committee's approval.</summary>
    public static AccountabilityCase CommissionCase() => Case() with
    {
        Authority = new AccountabilityAuthority(AccountabilityAuthorityKind.DisciplineCommission, County),
        Approval = CommitteeApproval,
    };

    /// <summary>A county committee holds the education bureau's Party group and its secretary to account.</summary>
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
