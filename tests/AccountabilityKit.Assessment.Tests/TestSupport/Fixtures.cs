using AccountabilityKit.TestSupport;
using System.Text.Json.Nodes;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using NodaTime;

namespace AccountabilityKit.Assessment.Tests.TestSupport;

/// <summary>A small org tree, a hand-checkable rule set and builders for findings.</summary>
internal static class Fixtures
{
    public static readonly OrgUnitId City = new("NT");
    public static readonly OrgUnitId CountyA = new("RG");
    public static readonly OrgUnitId CountyB = new("HA");
    public static readonly OrgUnitId CountyC = new("QD");
    public static readonly OrgUnitId CountyD = new("HM");
    public static readonly OrgUnitId TownA1 = new("RG-01");
    public static readonly OrgUnitId DeptX = new("D-ZZB");
    public static readonly AssessmentQuarter Q2 = AssessmentQuarter.Parse("2026Q2");
    public static readonly LocalDate EndOfQ2 = new(2026, 6, 30);

    public static OrgTree Tree { get; } = OrgTree.Build(
    [
        new OrgUnit(City, "南通市委", UnitKind.City),
        new OrgUnit(CountyA, "如皋市委", UnitKind.County, City),
        new OrgUnit(CountyB, "海安市委", UnitKind.County, City),
        new OrgUnit(CountyC, "启东市委", UnitKind.County, City),
        new OrgUnit(CountyD, "海门区委", UnitKind.County, City),
        new OrgUnit(TownA1, "如城街道党工委", UnitKind.Township, CountyA),
        new OrgUnit(DeptX, "市委组织部", UnitKind.CityDepartment, City),
    ]);

    /// <summary>
    /// The test rule set: base 100, floor 60, 1 decimal away from zero;
    /// political 1/2/5 cap 10; workStyle 0.5/1/3 cap 4; repeat ×1.5; overdue 1 per item cap 2;
    /// bonuses innovation 2 (cap 4), selfFound 1.5 (cap 3), all bonuses cap 5;
    /// vetoes: serious political finding, event secretarySanctioned;
    /// bands 好 ≥90 (quota 0.5), 较好 80–90, 一般 70–80, 差 0–70; annual 0.25×4, routine 0.3 / year-end 0.7, reweight.
    /// </summary>
    public static JsonObject RuleSetNode() => JsonNode.Parse(TestRuleSets.Json)!.AsObject();

    public static ScoringRuleSet RuleSet(Action<JsonObject>? change = null)
    {
        var node = RuleSetNode();
        change?.Invoke(node);
        return ScoringRuleSetJson.Load(node.ToJsonString());
    }

    public static QuarterlyScorer Scorer(Action<JsonObject>? change = null) => new(RuleSet(change), Tree);

    public static Finding Finding(string id, string category, FindingSeverity severity, OrgUnitId? unit = null, AssessmentQuarter? quarter = null) =>
        new(id, unit ?? CountyA, quarter ?? Q2, FindingSource.QuarterlyInspection, category, severity, $"问题{id}");

    public static ScoringInput Input(params Finding[] findings) => new(CountyA, Q2, EndOfQ2) { Findings = findings };
}

/// <summary>Cards for given units and totals, built by really scoring findings on the test rule set.</summary>
internal static class Cards
{
    /// <summary>Scores <paramref name="unit"/> in <paramref name="quarter"/> with <paramref name="minorPolitical"/> minor political findings (1 point each) and <paramref name="innovation"/> innovation bonuses (2 points each).</summary>
    public static ScoreCard Score(QuarterlyScorer scorer, OrgUnitId unit, int minorPolitical, int innovation = 0, AssessmentQuarter? quarter = null, bool veto = false)
    {
        var q = quarter ?? Fixtures.Q2;
        var findings = Enumerable.Range(1, minorPolitical).Select(i => Fixtures.Finding($"{unit}-{i}", "political", FindingSeverity.Minor, unit, q)).ToArray();
        var input = new ScoringInput(unit, q, q.LastDay)
        {
            Findings = findings,
            Bonuses = innovation > 0 ? [new BonusClaim("innovation", innovation)] : [],
            VetoEvents = veto ? ["secretarySanctioned"] : [],
        };
        return scorer.Score(input);
    }
}
