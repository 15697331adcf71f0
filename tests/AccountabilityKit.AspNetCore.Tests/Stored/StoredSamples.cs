using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using NodaTime;

namespace AccountabilityKit.AspNetCore.Tests.Stored;

/// <summary>
/// The checklists, reviews and cases the stored host is seeded with (county CA: CA and CA1; county CB: CB and CB1), so
/// that a test can compute what an answer must hold with the library's own specifications over these values.
/// </summary>
public static class StoredSamples
{
    public static readonly LocalDate AsOf = new(2026, 7, 1);

    public static OrgUnit[] Units { get; } =
    [
        new(new OrgUnitId("P"), "省", UnitKind.Province),
        new(new OrgUnitId("CA"), "甲县", UnitKind.County, new OrgUnitId("P")),
        new(new OrgUnitId("CA1"), "甲县一镇", UnitKind.Township, new OrgUnitId("CA")),
        new(new OrgUnitId("CB"), "乙县", UnitKind.County, new OrgUnitId("P")),
        new(new OrgUnitId("CB1"), "乙县一镇", UnitKind.Township, new OrgUnitId("CB")),
    ];

    public static OrgTree Tree { get; } = OrgTree.Build(Units);

    public static DataScope ScopeOf(string unit) => DataScope.Subtree(Tree, new OrgUnitId(unit));

    public static ResponsibilityChecklist[] Checklists { get; } =
    [
        Checklist("CL-A1", ChecklistOwner.Member(new OrgUnitId("CA1"), new PersonId("p-a1"), CadreRole.Secretary), 2026, completedOn: null),
        Checklist("CL-A2", ChecklistOwner.Team(new OrgUnitId("CA")), 2025, completedOn: new LocalDate(2025, 3, 20)),
        Checklist("CL-A3", ChecklistOwner.Team(new OrgUnitId("CA1")), 2026, completedOn: new LocalDate(2026, 3, 30)),
        Checklist("CL-B1", ChecklistOwner.Team(new OrgUnitId("CB1")), 2026, completedOn: null),
    ];

    /// <summary>CL-A1 and CL-B1 returned, CL-A2 approved, CL-A3 without a review.</summary>
    public static ChecklistReview[] Reviews { get; } =
    [
        Returned("CL-A1"),
        ChecklistReview.Start("CL-A2").Submit(new PersonId("owner"), StoredHost.Clock).Approve(new PersonId("reviewer"), StoredHost.Clock),
        Returned("CL-B1"),
    ];

    public static AccountabilityCase[] Cases { get; } =
    [
        Case("C-A1", "CA", new LocalDate(2026, 5, 10)) with
        {
            Organizations = [new AccountableOrganization { Unit = new OrgUnitId("CA1"), Forms = [AccountabilityForm.WrittenExamination] }],
        },
        Case("C-A2", "CA1", null) with
        {
            Cadres = [new AccountableCadre { Person = new PersonId("p-x"), Unit = new OrgUnitId("CA1"), Role = CadreRole.TeamMember }],
        },
        Case("C-A3", "CA", new LocalDate(2025, 11, 2)) with
        {
            Cadres = [new AccountableCadre { Person = new PersonId("p-y"), Unit = new OrgUnitId("CA"), Role = CadreRole.TeamMember, Forms = [AccountabilityForm.Admonishment] }],
            IsTypicalCase = true,
            NoticeBatch = "2025年第1批",
        },
        Case("C-B1", "CB", new LocalDate(2026, 4, 1)) with
        {
            Organizations = [new AccountableOrganization { Unit = new OrgUnitId("CB1"), Forms = [AccountabilityForm.WrittenExamination] }],
        },
    ];

    public static ResponsibilityChecklist Checklist(string id, ChecklistOwner owner, int year, LocalDate? completedOn) =>
        new(id, $"county-{year}", new AssessmentYear(year), owner,
        [
            new ChecklistItem("i1", ["C01-01"], "研究部署党风廉政建设", "召开专题会议",
                [new Milestone(new LocalDate(year, 3, 31), "形成会议纪要", completedOn)], "每季度至少一次"),
        ]);

    public static AccountabilityCase Case(string id, string authorityUnit, LocalDate? decidedOn) => new()
    {
        Id = id,
        Authority = new AccountabilityAuthority(AccountabilityAuthorityKind.DisciplineCommission, new OrgUnitId(authorityUnit)),
        StartApprovedOn = new LocalDate(2025, 9, 1),
        DecidedOn = decidedOn,
        Circumstances = [Circumstance.WorkStyleLax],
    };

    private static ChecklistReview Returned(string id) =>
        ChecklistReview.Start(id).Submit(new PersonId("owner"), StoredHost.Clock).Return(new PersonId("reviewer"), StoredHost.Clock, ["CL012"], "措施不具体");
}
