using System.Text.Json.Nodes;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Tests.TestSupport;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Assessment.Tests.Rules;

public class ScoringRuleSetTests
{
    private static ValidationReport LoadReport(Action<JsonObject> change)
    {
        var node = Fixtures.RuleSetNode();
        change(node);
        ScoringRuleSetJson.TryLoad(node.ToJsonString(), out var set, out var report).Should().BeFalse();
        set.Should().BeNull();
        return report;
    }

    public static TheoryData<string, string, string, string> BuiltIns => new()
    {
        { nameof(BuiltInRuleSets.CountyLevel2026), "county-level", "好", "差" },
        { nameof(BuiltInRuleSets.CityDepartments2026), "city-departments", "优秀", "不合格" },
    };

    public static TheoryData<string> BuiltInNames => [nameof(BuiltInRuleSets.CountyLevel2026), nameof(BuiltInRuleSets.CityDepartments2026)];

    private static ScoringRuleSet BuiltIn(string name) => name switch
    {
        nameof(BuiltInRuleSets.CountyLevel2026) => BuiltInRuleSets.CountyLevel2026,
        nameof(BuiltInRuleSets.CityDepartments2026) => BuiltInRuleSets.CityDepartments2026,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void BuiltInRuleSets_AreValid(string name, string id, string top, string lowest)
    {
        var set = BuiltIn(name);

        set.Id.Should().Be(id);
        set.GradeBands[0].Name.Should().Be(top);
        set.LowestBand.Name.Should().Be(lowest);
        set.Covers(AssessmentQuarter.Parse("2026Q3")).Should().BeTrue();
        set.Covers(AssessmentQuarter.Parse("2027Q1")).Should().BeFalse();
    }

    [Fact]
    public void BuiltInRuleSets_All_ListsEachOnce_Shared()
    {
        BuiltInRuleSets.All.Should().Equal(BuiltInRuleSets.CountyLevel2026, BuiltInRuleSets.CityDepartments2026);
        BuiltInRuleSets.All[1].Should().BeSameAs(BuiltInRuleSets.CityDepartments2026, "a default is loaded once");
    }

    [Theory]
    [InlineData("county-level-2026.json")]
    [InlineData("city-departments-2026.json")]
    public void BuiltInRuleSets_EmbeddedResource_EqualsRepositoryFile(string file)
    {
        var repositoryFile = Path.Combine(AppContext.BaseDirectory, "Committed", "Examples", file);

        BuiltInRuleSets.Json(file).Should().Be(File.ReadAllText(repositoryFile));
    }

    [Theory]
    [MemberData(nameof(BuiltInNames))]
    public void Save_ThenLoad_RoundTripsEveryField(string name)
    {
        var set = BuiltIn(name);

        var json = ScoringRuleSetJson.Save(set);
        var again = ScoringRuleSetJson.Load(json);

        ScoringRuleSetJson.Save(again).Should().Be(json);
        again.ToString().Should().Be(set.ToString());
        again.Categories.Should().Equal(set.Categories);
        again.Vetoes.Select(v => (v.Id, v.Citation, string.Join(",", v.CategoryCodes), string.Join(",", v.Events)))
            .Should().Equal(set.Vetoes.Select(v => (v.Id, v.Citation, string.Join(",", v.CategoryCodes), string.Join(",", v.Events))));
        again.GradeBands.Should().Equal(set.GradeBands);
        (again.Floor, again.BaseScore, again.RoundingMode, again.BonusCap, again.FollowUp.ReminderTalkAfterOverdueDays)
            .Should().Be((set.Floor, set.BaseScore, set.RoundingMode, set.BonusCap, set.FollowUp.ReminderTalkAfterOverdueDays));
        json.Should().NotContain("null", "absent optional values are left out");
    }

    [Fact]
    public void SaveToStream_ThenLoadFromStream_RoundTrips()
    {
        using var stream = new MemoryStream();

        ScoringRuleSetJson.Save(Fixtures.RuleSet(), stream);
        stream.Position = 0;
        var again = ScoringRuleSetJson.Load(stream);

        ScoringRuleSetJson.Save(again).Should().Be(ScoringRuleSetJson.Save(Fixtures.RuleSet()));
    }

    [Fact]
    public void Load_TestRuleSet_MapsEveryField()
    {
        var set = Fixtures.RuleSet();

        set.BaseScore.Should().Be(100m);
        set.Floor.Should().Be(60m);
        set.RoundingDecimals.Should().Be(1);
        set.RoundingMode.Should().Be(MidpointRounding.AwayFromZero);
        set.TryGetCategory("workStyle", out var workStyle).Should().BeTrue();
        workStyle!.Deductions.For(FindingSeverity.Minor).Should().Be(0.5m);
        workStyle.Cap.Should().Be(4m);
        set.RepeatFactor.Should().Be(1.5m);
        set.OverduePerItem.Should().Be(1m);
        set.OverdueCap.Should().Be(2m);
        set.BonusCap.Should().Be(5m);
        set.TryGetBonus("selfFound", out var bonus).Should().BeTrue();
        bonus!.Points.Should().Be(1.5m);
        set.TryGetGroup(UnitKind.CityDepartment, out var group).Should().BeTrue();
        group!.Id.Should().Be("dept");
        set.TryGetGroup(UnitKind.Township, out _).Should().BeFalse();
        set.Vetoes.Select(v => v.Id).Should().Equal("seriousPolitical", "sanctioned");
        set.GradeBands.Select(b => b.Grade).Should().Equal(Grade.Excellent, Grade.Good, Grade.Fair, Grade.Poor);
        set.GradeBands[0].Quota.Should().Be(0.5m);
        set.Annual.QuarterWeights.Should().Equal(0.25m, 0.25m, 0.25m, 0.25m);
        set.Annual.MissingQuarters.Should().Be(MissingQuarterPolicy.Reweight);
    }

    [Fact]
    public void TryLoad_ManyProblems_ReportsEveryOneWithItsPath()
    {
        var report = LoadReport(n =>
        {
            n["categories"]![1]!["cap"] = -1;
            n["vetoes"]![0]!["categories"] = new JsonArray("political", "corruption");
            n["gradeBands"]![1]!["maxScore"] = 91;   // 较好 80..91 overlaps 好 from 90
            n["gradeBands"]![2]!["maxScore"] = 79;   // 一般 70..79 leaves a gap below 较好 (80)
            n["annual"]!["quarterWeights"] = new JsonArray(0.3, 0.3, 0.3, 0.3);
            n["annual"]!["yearEndWeight"] = 0.6;
        });

        report.ShouldHaveExactly(
            (AssessmentIssueCodes.NegativeValue, "$.categories[1].cap"),
            (AssessmentIssueCodes.UnknownVetoCategory, "$.vetoes[0].categories[1]"),
            (AssessmentIssueCodes.OverlappingGradeBands, "$.gradeBands[1].maxScore"),
            (AssessmentIssueCodes.GappedGradeBands, "$.gradeBands[2].maxScore"),
            (AssessmentIssueCodes.InvalidWeights, "$.annual.quarterWeights"),
            (AssessmentIssueCodes.InvalidWeights, "$.annual.yearEndWeight"));
    }

    [Fact]
    public void TryLoad_UnknownField_IsReportedWithItsPath()
    {
        var report = LoadReport(n => n["categories"]![0]!["weight"] = 3);

        report.ShouldHaveExactly((VocabularyIssueCodes.UnknownJsonProperty, "$.categories[0].weight"));
    }

    [Fact]
    public void TryLoad_MissingRequiredField_IsReported()
    {
        var report = LoadReport(n => n.Remove("floor"));

        report.ShouldHaveExactly((VocabularyIssueCodes.MissingJsonProperty, "$.floor"));
    }

    [Fact]
    public void TryLoad_BadTexts_DuplicatesAndRounding_AreAllReported()
    {
        var report = LoadReport(n =>
        {
            n["id"] = " ";
            n["effectiveTo"] = "2025Q4";
            n["floor"] = 101;
            n["rounding"]!["decimals"] = 5;
            n["repeat"]!["factor"] = 0.5;
            n["categories"]![1]!["code"] = "political";
            n["unitGroups"]![1]!["unitKinds"] = new JsonArray("county");
            n["bonuses"]![1]!["id"] = "innovation";
            n["vetoes"]![1]!["events"] = new JsonArray();
            n["gradeBands"]![3]!["grade"] = "fair";
            n["gradeBands"]![0]!["quota"] = 1.5;
        });

        report.ShouldHaveExactly(
            (AssessmentIssueCodes.EmptyRuleText, "$.id"),
            (AssessmentIssueCodes.InvalidEffectivePeriod, "$.effectiveTo"),
            (AssessmentIssueCodes.FloorAboveBase, "$.floor"),
            (AssessmentIssueCodes.InvalidRounding, "$.rounding.decimals"),
            (AssessmentIssueCodes.InvalidRepeatFactor, "$.repeat.factor"),
            (AssessmentIssueCodes.DuplicateRuleItem, "$.categories[1].code"),
            (AssessmentIssueCodes.InvalidUnitGroup, "$.unitGroups[1].unitKinds[0]"),
            (AssessmentIssueCodes.DuplicateRuleItem, "$.bonuses[1].id"),
            (AssessmentIssueCodes.EmptyVeto, "$.vetoes[1]"),
            (AssessmentIssueCodes.DuplicateRuleItem, "$.gradeBands[3].grade"),
            (AssessmentIssueCodes.InvalidQuota, "$.gradeBands[0].quota"));
    }

    [Fact]
    public void TryLoad_LowestBandAboveFloor_IsAGap()
    {
        var report = LoadReport(n => n["gradeBands"]![3]!["minScore"] = 65);

        report.ShouldHaveExactly((AssessmentIssueCodes.GappedGradeBands, "$.gradeBands[3].minScore"));
    }

    [Fact]
    public void TryLoad_EmptyBandAndUnboundedLowerBand_AreReported()
    {
        var report = LoadReport(n =>
        {
            n["gradeBands"]![2]!["maxScore"] = 70;
            n["gradeBands"]![3]!.AsObject().Remove("maxScore");
        });

        report.Issues.Select(i => (i.Code, i.Path)).Should().Contain([
            (AssessmentIssueCodes.InvalidGradeBand, "$.gradeBands[2].maxScore"),
            (AssessmentIssueCodes.InvalidGradeBand, "$.gradeBands[3].maxScore")]);
    }

    [Fact]
    public void TryLoad_BaseWithMoreDecimalsThanRounding_IsReported()
    {
        var report = LoadReport(n => n["baseScore"] = 100.25);

        report.ShouldHaveExactly((AssessmentIssueCodes.InvalidRounding, "$.baseScore"));
    }

    [Fact]
    public void TryLoad_UnknownCitationRegulation_IsReported()
    {
        var report = LoadReport(n => n["categories"]![0]!["citation"] = "XYZ2020 Art. 1");

        report.ShouldHaveExactly((VocabularyIssueCodes.UnknownRegulation, "$.categories[0].citation"));
    }

    [Fact]
    public void TryLoad_ThreeQuarterWeights_IsReported()
    {
        var report = LoadReport(n => n["annual"]!["quarterWeights"] = new JsonArray(0.5, 0.25, 0.25));

        report.ShouldHaveExactly((AssessmentIssueCodes.InvalidWeights, "$.annual.quarterWeights"));
    }

    [Fact]
    public void Load_Invalid_ThrowsValidationFailedException()
    {
        var act = () => { ScoringRuleSetJson.Load("{"); };

        act.ShouldFailValidation().Issues.Should().ContainSingle().Which.Code.Should().Be(VocabularyIssueCodes.MalformedJson);
    }
}
