using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Statistics.Tests.TestSupport;

/// <summary>A small city tree, sample cases and fact builders.</summary>
internal static class Samples
{
    public static readonly OrgUnitId City = new("NT");
    public static readonly OrgUnitId CountyA = new("RG");
    public static readonly OrgUnitId CountyB = new("HM");
    public static readonly OrgUnitId BureauA = new("RG-EDU");
    public static readonly OrgUnitId TownA = new("RG-T1");
    public static readonly OrgUnitId BureauB = new("HM-HEALTH");

    public static readonly OrgTree Tree = OrgTree.Build(
    [
        new OrgUnit(City, "南通市", UnitKind.City),
        new OrgUnit(CountyA, "如皋市", UnitKind.County, City),
        new OrgUnit(CountyB, "海门区", UnitKind.County, City),
        new OrgUnit(BureauA, "如皋市教育局", UnitKind.CountyDepartment, CountyA),
        new OrgUnit(TownA, "如城街道", UnitKind.Township, CountyA),
        new OrgUnit(BureauB, "海门区卫健委", UnitKind.CountyDepartment, CountyB),
    ]);

    public static AccountableCadre Cadre(string person, OrgUnitId unit, params AccountabilityForm[] forms) => new()
    {
        Person = new PersonId(person),
        Unit = unit,
        Role = CadreRole.Secretary,
        Responsibility = LeadershipResponsibility.PrimaryLeadership,
        Forms = [.. forms],
    };

    /// <summary>
    /// One organisation (circulated notice) and two cadres: P1 admonishment; P2 admonishment + organisational adjustment.
    /// </summary>
    public static AccountabilityCase Case(string id = "2021-RG-007", bool typical = false, string? batch = null, LocalDate? decided = null) => new()
    {
        Id = id,
        Authority = new AccountabilityAuthority(AccountabilityAuthorityKind.PartyCommittee, CountyA),
        DecidedOn = decided ?? new LocalDate(2021, 5, 10),
        Circumstances = [Circumstance.PeoplesLivelihoodMisconduct, Circumstance.WorkStyleLax],
        Organizations = [new AccountableOrganization { Unit = BureauA, Forms = [AccountabilityForm.CirculatedNotice] }],
        Cadres =
        [
            Cadre("P1", BureauA, AccountabilityForm.Admonishment),
            Cadre("P2", TownA, AccountabilityForm.Admonishment, AccountabilityForm.OrganizationalAdjustment) with
            {
                Adjustment = OrganizationalAdjustmentKind.PostChange,
                Responsibility = LeadershipResponsibility.ImportantLeadership,
            },
        ],
        IsTypicalCase = typical,
        NoticeBatch = batch,
    };

    public static AccountabilityFact Fact(string caseId = "C1") => new()
    {
        CaseId = caseId,
        Region = CountyA,
        Unit = BureauA,
        UnitKind = UnitKind.CountyDepartment,
        Quarter = new AssessmentQuarter(2021, 2),
        SubjectKind = SubjectKind.Cadre,
        Form = AccountabilityForm.Admonishment,
        Person = new PersonId("P1"),
        Persons = 1,
        Cases = 1,
        Subjects = 1,
    };

    /// <summary>Asserts that the report holds exactly these (code, path) errors, in any order.</summary>
    public static void ShouldHaveExactly(this ValidationReport report, params (string Code, string Path)[] expected)
    {
        report.IsValid.Should().BeFalse();
        report.Issues.Select(i => (i.Code, i.Path)).Should().BeEquivalentTo(expected, because: "the report was:\n{0}", report);
    }
}
