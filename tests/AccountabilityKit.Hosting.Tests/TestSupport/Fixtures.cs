using AccountabilityKit.TestSupport;
using System.Text.Json.Nodes;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using NodaTime;
using NodaTime.Testing;

namespace AccountabilityKit.Hosting.Tests.TestSupport;

/// <summary>A small org tree, a hand-checkable rule set, two checklists (one a copy of the other) and a few facts.</summary>
internal static class Fixtures
{
    public static readonly OrgUnitId City = new("NT");
    public static readonly OrgUnitId CountyA = new("RG");
    public static readonly OrgUnitId CountyB = new("HA");
    public static readonly OrgUnitId TownA1 = new("RG-01");
    public static readonly AssessmentQuarter Q2 = AssessmentQuarter.Parse("2026Q2");
    public static readonly LocalDate EndOfQ2 = new(2026, 6, 30);

    public static OrgTree Tree { get; } = OrgTree.Build(
    [
        new OrgUnit(City, "南通市委", UnitKind.City),
        new OrgUnit(CountyA, "如皋市委", UnitKind.County, City),
        new OrgUnit(CountyB, "海安市委", UnitKind.County, City),
        new OrgUnit(TownA1, "如城街道党工委", UnitKind.Township, CountyA),
    ]);

    public static IClock Clock { get; } = new FakeClock(Instant.FromUtc(2026, 5, 20, 2, 0));

    /// <summary>The rule set: base 100, floor 60; political 1/2/5 cap 10; workStyle 0.5/1/3 cap 4 (the Assessment tests' rule set).</summary>
    public static JsonObject RuleSetNode() => JsonNode.Parse(TestRuleSets.Json)!.AsObject();

    public static Finding Finding(string id, string category, FindingSeverity severity, OrgUnitId? unit = null) =>
        new(id, unit ?? CountyA, Q2, FindingSource.QuarterlyInspection, category, severity, $"问题{id}");

    public static ScoringInput Input(params Finding[] findings) => Input(CountyA, findings);

    public static ScoringInput Input(OrgUnitId unit, params Finding[] findings) => new(unit, Q2, EndOfQ2) { Findings = findings };

    /// <summary>An honest list of <paramref name="unit"/>'s team.</summary>
    public static ResponsibilityChecklist Checklist(string id, OrgUnitId unit, params string[] contents) =>
        new(
            id,
            "county-committee-2021",
            new AssessmentYear(2021),
            ChecklistOwner.Team(unit),
            contents.Select((c, i) => new ChecklistItem(
                $"{id}-{i}",
                [$"A{i + 1}"],
                c,
                $"{c}，逐月跟踪落实",
                [new Milestone(new LocalDate(2021, 6, 30), "工作小结")],
                "问题整改到位")));

    /// <summary>Two lists of two units, the second a copy of the first: one cross-unit near-duplicate pair.</summary>
    public static ResponsibilityChecklist[] CopiedChecklists()
    {
        string[] items = ["牵头梳理城乡建设廉政风险点，建立台账跟踪", "带队走访教育卫生重点工程项目", "专题调研财政金融专项资金使用情况", "约请座谈政法维稳信访举报线索"];
        return [Checklist("RG-team", CountyA, items), Checklist("HA-team", CountyB, items)];
    }

    /// <summary>Three facts: two cases of county A (one of them with two forms), one of county B.</summary>
    public static AccountabilityFact[] Facts() =>
    [
        Fact("C1", CountyA, AccountabilityForm.WrittenExamination),
        Fact("C1", CountyA, AccountabilityForm.CirculatedNotice),
        Fact("C2", CountyA, AccountabilityForm.WrittenExamination),
        Fact("C3", CountyB, AccountabilityForm.CirculatedNotice),
    ];

    private static AccountabilityFact Fact(string caseId, OrgUnitId unit, AccountabilityForm form) => new()
    {
        CaseId = caseId,
        Region = unit,
        Unit = unit,
        UnitKind = UnitKind.County,
        Quarter = Q2,
        SubjectKind = SubjectKind.Organization,
        Form = form,
    };
}
