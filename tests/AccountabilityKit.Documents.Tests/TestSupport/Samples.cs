using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Inspections;
using AccountabilityKit.Assessment.Rankings;
using AccountabilityKit.Assessment.Review;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Reports;
using AccountabilityKit.TestSupport;
using AccountabilityKit.Time;
using NodaTime;

namespace AccountabilityKit.Documents.Tests.TestSupport;

/// <summary>A small city, the shared test rule set, findings scored for real, and accountability facts.</summary>
internal static class Samples
{
    public static readonly OrgUnitId City = new("NT");
    public static readonly OrgUnitId CountyA = new("RG");
    public static readonly OrgUnitId CountyB = new("HA");
    public static readonly OrgUnitId TownA1 = new("RG-01");
    public static readonly OrgUnitId DeptX = new("D-ZZB");
    public static readonly AssessmentQuarter Q2 = new(2026, 2);
    public static readonly LocalDate AsOf = new(2026, 7, 10);
    public static readonly Instant Stamp = Instant.FromUtc(2026, 7, 10, 8, 0);

    public static OrgTree Tree { get; } = OrgTree.Build(
    [
        new OrgUnit(City, "南通市委", UnitKind.City),
        new OrgUnit(CountyA, "如皋市委", UnitKind.County, City),
        new OrgUnit(CountyB, "海安市委", UnitKind.County, City),
        new OrgUnit(TownA1, "如城街道党工委", UnitKind.Township, CountyA),
        new OrgUnit(DeptX, "市委组织部", UnitKind.CityDepartment, City),
    ]);

    public static ScoringRuleSet RuleSet { get; } = ScoringRuleSetJson.Load(TestRuleSets.Json);

    public static IReadOnlyList<Cadre> Cadres { get; } =
    [
        new(new PersonId("p-rg"), "张三", CountyA, CadreRole.Secretary),
        new(new PersonId("p-ha"), "李四", CountyB, CadreRole.Secretary),
    ];

    public static InspectionTeam Team { get; } = InspectionTeam.Create(
        "第一督查组",
        [
            new InspectionTeamMember(new PersonId("m1"), InspectionBody.DisciplineCommission),
            new InspectionTeamMember(new PersonId("m2"), InspectionBody.OrganizationDepartment),
            new InspectionTeamMember(new PersonId("m3"), InspectionBody.PropagandaDepartment),
            new InspectionTeamMember(new PersonId("m4"), InspectionBody.CityOrgansWorkCommittee),
        ],
        new PersonId("s1"),
        [CountyA, CountyB]);

    public static DocumentOptions Options { get; } = new()
    {
        Tree = Tree, Cadres = Cadres, RuleSet = RuleSet, InspectionTeams = [Team], Timestamp = Stamp,
    };

    public static Finding Finding(string id, string category, FindingSeverity severity, OrgUnitId? unit = null, string? description = null) =>
        new(id, unit ?? CountyA, Q2, FindingSource.QuarterlyInspection, category, severity, description ?? $"问题{id}")
        {
            ResponsibleLeaders = [new PersonId("p-rg")],
            RectificationDeadline = new LocalDate(2026, 9, 30),
            EvidenceReferences = [$"通督〔2026〕{id}号"],
        };

    public static IReadOnlyList<Finding> Findings { get; } =
    [
        Finding("a1", "political", FindingSeverity.General),
        Finding("a2", "political", FindingSeverity.Minor, TownA1),
        Finding("a3", "workStyle", FindingSeverity.Minor),
        Finding("b1", "workStyle", FindingSeverity.Serious, CountyB),
        new Finding("old", CountyA, Q2.Previous(), FindingSource.QuarterlyInspection, "workStyle", FindingSeverity.Minor, "问题old")
        {
            RectificationDeadline = new LocalDate(2026, 4, 15),
        },
    ];

    public static ProblemList ListOf(OrgUnitId unit, IEnumerable<Finding>? findings = null) => ProblemList.For(Tree, unit, Q2, findings ?? Findings);

    public static ReviewMeetingPack Pack { get; } = ReviewMeetingPack.Build(Tree, [CountyA, CountyB, DeptX], Q2, Findings, RuleSet.FollowUp, AsOf, Cadres);

    public static IReadOnlyList<ScoreCard> Cards { get; } = new QuarterlyScorer(RuleSet, Tree).ScoreAll(
    [
        new ScoringInput(CountyA, Q2, AsOf) { Findings = [.. Findings.Where(f => f.Quarter == Q2 && Tree.IsWithin(f.Unit, CountyA))] },
        new ScoringInput(CountyB, Q2, AsOf) { Findings = [.. Findings.Where(f => f.Quarter == Q2 && f.Unit == CountyB)] },
        new ScoringInput(DeptX, Q2, AsOf),
    ]);

    public static IReadOnlyList<GroupRanking> Rankings { get; } = Ranking.Rank(RuleSet, Cards);

    public static IReadOnlyList<AccountabilityFact> Facts { get; } =
    [
        .. Enumerable.Range(0, 6).Select(i => Fact($"c{i}", i % 2 == 0 ? CountyA : CountyB, new AssessmentQuarter(2026, 1 + (i % 2)), i % 3 == 0 ? AccountabilityForm.CirculatedNotice : AccountabilityForm.WrittenExamination)),
        .. Enumerable.Range(0, 4).Select(i => Fact($"p{i}", CountyA, new AssessmentQuarter(2025, 2), AccountabilityForm.WrittenExamination)),
    ];

    public static HeadlineReport Report { get; } = HeadlineReport.Create(Facts, [], ReportPeriod.Year(2026), scope: null);

    public static StatTable ByRegion { get; } = LinqStatExecutor.Execute(Facts, new StatRequest
    {
        Dimensions = [FactField.Region, FactField.Form],
        Measures = [StatMeasure.Count()],
        IncludeGrandTotal = true,
        Rollup = true,
    });

    public static StatTable Empty { get; } = LinqStatExecutor.Execute(Array.Empty<AccountabilityFact>(), new StatRequest
    {
        Dimensions = [FactField.Region],
        Measures = [StatMeasure.Count()],
    });

    private static AccountabilityFact Fact(string caseId, OrgUnitId region, AssessmentQuarter quarter, AccountabilityForm form) => new()
    {
        CaseId = caseId,
        Region = region,
        Unit = region,
        UnitKind = UnitKind.County,
        Quarter = quarter,
        SubjectKind = SubjectKind.Cadre,
        Form = form,
        Person = new PersonId("x" + caseId),
        Persons = 1,
        Cases = 1,
        Subjects = 1,
    };
}
