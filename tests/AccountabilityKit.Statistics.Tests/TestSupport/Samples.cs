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

/// <summary>Builders for report tests: four-forms facts and the published city figures.</summary>
internal static class ReportSamples
{
    public static AccountabilityKit.Statistics.Facts.DisciplineMeasureFact Measure(string person, OrgUnitId unit, AssessmentQuarter quarter, AccountabilityKit.Accountability.FourForms.DisciplineForm form) =>
        new(new PersonId(person), unit, quarter, AccountabilityKit.Accountability.FourForms.DisciplineMeasure.ReminderTalk, form, AccountabilityKit.Citations.Citation.Parse("DPR2023 Art. 5"));

    /// <summary>
    /// 277 cases decided in <paramref name="year"/>: 134 with one Party organisation, 237 cadre subjects (cases 134–276
    /// one cadre each, cases 0–93 a second subject), cases 0–40 typical in 10 batches.
    /// </summary>
    public static IReadOnlyList<AccountabilityCase> PublishedCity(int year = 2021) =>
    [
        .. Enumerable.Range(0, 277).Select(i => Samples.Case($"{year}-{i:D3}", typical: i <= 40, batch: i <= 40 ? $"{year}-B{i % 10}" : null, decided: new LocalDate(year, 1 + (i % 12), 15)) with
        {
            Organizations = i < 134 ? [new AccountableOrganization { Unit = i % 2 == 0 ? Samples.BureauA : Samples.BureauB, Forms = [AccountabilityForm.CirculatedNotice] }] : [],
            Cadres = [.. (i >= 134 ? new[] { Samples.Cadre($"P{i}", Samples.TownA, AccountabilityForm.Admonishment) } : []),
                      .. (i < 94 ? new[] { Samples.Cadre($"Q{i % 50}", Samples.BureauB, AccountabilityForm.Admonishment, AccountabilityForm.DisciplinarySanction) with { Responsibility = null } } : [])],
        }),
    ];
}
