using System.Text.Json;
using System.Text.Json.Nodes;
using AccountabilityKit.Assessment.Annual;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rankings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Assessment.Tests.TestSupport;
using AccountabilityKit.Assessment.WhatIf;
using FindingType = AccountabilityKit.Assessment.Findings.Finding;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using static AccountabilityKit.Assessment.Tests.TestSupport.Fixtures;

namespace AccountabilityKit.Assessment.Tests;

/// <summary>Issues and explanations as data: ids, arguments, citations, and their exact text in both cultures.</summary>
public class AssessmentMessagesTests
{
    private static readonly Citation Pcr6 = Citation.Parse("PCR2020 Art. 6");

    [Fact]
    public void RuleSetIssue_RendersInBothCultures_FromItsIdAndArguments()
    {
        ScoringRuleSetJson.TryLoad(Json(n => n["floor"] = 120), out _, out var report).Should().BeFalse();

        var issue = report.Issues.Single(i => i.Code == AssessmentIssueCodes.FloorAboveBase);
        issue.Path.Should().Be("$.floor");
        issue.MessageId.Should().Be("Assessment.FloorAboveBase");
        issue.Text["floor"]!.Value.Value.Should().Be(120m);
        issue.Text["base"]!.Value.Value.Should().Be(100m);
        issue.Render(MessageCatalog.Chinese).Should().Be("保底分120高于基础分100。");
        issue.Render(MessageCatalog.English).Should().Be("The floor 120 is above the base score 100.");
        issue.ToString(MessageCatalog.Chinese).Should().Be("AS014 错误 $.floor：保底分120高于基础分100。");
    }

    [Fact]
    public void ScoreLines_HaveThePublishedChineseWording_AndAnEnglishSibling()
    {
        var card = Scorer().Score(Input(Finding("w1", "workStyle", FindingSeverity.General)));

        card.Lines.Select(l => l.Reason.Render(MessageCatalog.Chinese)).Should().Equal("基础分100分", "作风建设：一般问题扣1分");
        card.Lines.Select(l => l.Reason.Render(MessageCatalog.English)).Should().Equal("Base score 100", "'作风建设': 1 deducted for a finding of severity General");
        card.Lines[1].Reason.Id.Should().Be("Assessment.LineDeduction");
        card.Lines[1].Reason["severity"]!.Value.Value.Should().BeOfType<LabelledValue>().Which.Code.Should().Be("general");
    }

    [Fact]
    public void RoundingLine_NamesTheModeInWords_NotByItsEnumName()
    {
        var card = Scorer(n => n["rounding"]!["decimals"] = 0).Score(Input(Finding("w1", "workStyle", FindingSeverity.Minor)));

        var rounding = card.Lines.Single(l => l.Kind == ScoreLineKind.Rounding).Reason;
        rounding.Render(MessageCatalog.Chinese).Should().Be("99.5分按0位小数（四舍五入）取整为100分");
        rounding.Render(MessageCatalog.English).Should().Be("99.5 rounded to 0 decimals (half away from zero): 100");
    }

    [Fact]
    public void CategoryCitation_IsCarriedOnItsDeductionAndCapLines()
    {
        var findings = Enumerable.Range(1, 3).Select(i => Finding($"p{i}", "political", FindingSeverity.General)).Append(Finding("w1", "workStyle", FindingSeverity.Minor));
        var card = Scorer(n => n["vetoes"]![0]!["citation"] = "PCR2020 Art. 6").Score(Input([.. findings]) with { VetoEvents = [] });

        card.Lines.Where(l => l.RuleItemId == "political").Should().OnlyContain(l => l.Citation == Pcr6).And.HaveCount(3);
        card.Lines.Where(l => l.RuleItemId == "workStyle").Should().OnlyContain(l => l.Citation == null);
    }

    [Fact]
    public void VetoCitation_IsCarriedOnTheOutcome_AndOnTheVetosIssues()
    {
        var scorer = Scorer(n => n["vetoes"]![0]!["citation"] = "PCR2020 Art. 6");
        var card = scorer.Score(Input(Finding("p1", "political", FindingSeverity.Serious)));
        card.Veto!.Citation.Should().Be(Pcr6);
        card.Veto.Reason.Render(MessageCatalog.Chinese).Should().Be("一票否决：严重违反政治纪律（问题p1），等次定为差");

        ScoringRuleSetJson.TryLoad(
            Json(n =>
            {
                n["vetoes"]![0]!["citation"] = "PCR2020 Art. 6";
                n["vetoes"]![0]!["categories"] = new JsonArray("political", "corruption");
            }),
            out _,
            out var report).Should().BeFalse();
        var issue = report.Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be(AssessmentIssueCodes.UnknownVetoCategory);
        issue.Path.Should().Be("$.vetoes[0].categories[1]");
        issue.Citation.Should().Be(Pcr6);
        issue.ToString(MessageCatalog.Chinese).Should().EndWith($"（{Pcr6.ToChineseString()}）");
    }

    [Fact]
    public void ScoreLine_RoundTripsThroughJson_WithItsMessageAndCitation()
    {
        var card = Scorer().Score(Input(Finding("p1", "political", FindingSeverity.Minor)));
        var line = card.Lines[1];

        var options = AccountabilityKitJson.CreateOptions(new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver());
        var json = JsonSerializer.Serialize(line, options);
        var back = JsonSerializer.Deserialize<ScoreLine>(json, options)!;

        json.Should().Contain("\"Assessment.LineDeduction\"");

        back.Reason.Should().Be(line.Reason);
        back.Citation.Should().Be(Pcr6);
        back.Reason.Render(MessageCatalog.Chinese).Should().Be("政治纪律和政治规矩：轻微问题扣1分");
    }

    [Fact]
    public void Ranking_AnnualAndQuarterlyCards_AreCheckedAlikeWithTheSameMessages()
    {
        var scorer = Scorer();
        var year = new AssessmentYear(2026);
        var a = Cards.Score(scorer, CountyA, 0);
        var annual = AnnualAssessment.Combine(scorer.RuleSet, CountyA, year, [a], 90m);
        var foreignAnnual = annual with { RuleSetId = "other", Unit = CountyB };
        var laterAnnual = annual with { Year = new AssessmentYear(2027), Unit = CountyC };

        var annualReport = ((Action)(() => Ranking.Rank(scorer.RuleSet, [annual, foreignAnnual, laterAnnual, annual]))).ShouldFailValidation();
        var quarterly = new[] { a, a with { RuleSetId = "other", Unit = CountyB }, a with { Quarter = AssessmentQuarter.Parse("2026Q3"), Unit = CountyC }, a };
        var quarterlyReport = ((Action)(() => Ranking.Rank(scorer.RuleSet, quarterly))).ShouldFailValidation();

        annualReport.Issues.Select(i => (i.Path, i.MessageId)).Should().Equal(
            ("$.cards[1].ruleSetId", "Assessment.CardOfOtherRuleSet"),
            ("$.cards[2].year", "Assessment.CardOfOtherPeriod"),
            ("$.cards[3].unit", "Assessment.UnitHasTwoCards"));
        quarterlyReport.Issues.Select(i => (i.Path, i.MessageId)).Should().Equal(
            ("$.cards[1].ruleSetId", "Assessment.CardOfOtherRuleSet"),
            ("$.cards[2].quarter", "Assessment.CardOfOtherPeriod"),
            ("$.cards[3].unit", "Assessment.UnitHasTwoCards"));
        annualReport.Issues[1].Render(MessageCatalog.Chinese).Should().Be("该成绩卡属于2027，而第一张成绩卡属于2026。");
        quarterlyReport.Issues[1].Render(MessageCatalog.Chinese).Should().Be("该成绩卡属于2026年第三季度，而第一张成绩卡属于2026年第二季度。");
        quarterlyReport.Issues[1].Render(MessageCatalog.English).Should().Be("The card is of 2026Q3, the first of 2026Q2.");
    }

    [Fact]
    public void Finding_ValidateAndTryCreate_ReportWhatTheConstructorThrows()
    {
        var report = FindingType.Validate("", CountyA, FindingSource.QuarterlyInspection, "political", FindingSeverity.Minor, " ");
        var thrown = ((Action)(() => _ = new FindingType("", CountyA, Q2, FindingSource.QuarterlyInspection, "political", FindingSeverity.Minor, " "))).ShouldFailValidation();

        report.ShouldHaveExactly((AssessmentIssueCodes.InvalidFinding, "$.id"), (AssessmentIssueCodes.InvalidFinding, "$.description"));
        thrown.Issues.Should().Equal(report.Issues);
        FindingType.TryCreate("", CountyA, Q2, FindingSource.QuarterlyInspection, "political", FindingSeverity.Minor, "x", out var none, out var failed).Should().BeFalse();
        none.Should().BeNull();
        failed.Issues.Single().Render(MessageCatalog.Chinese).Should().Be("问题须有编号。");
        FindingType.TryCreate("f1", CountyA, Q2, FindingSource.QuarterlyInspection, "political", FindingSeverity.Minor, "x", out var finding, out var ok).Should().BeTrue();
        finding!.Id.Should().Be("f1");
        ok.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Explanations_OfRectificationAndWhatIf_ReadAsSentences()
    {
        var late = Finding("w1", "workStyle", FindingSeverity.Minor) with { RectificationDeadline = new NodaTime.LocalDate(2026, 5, 15), RectifiedOn = new NodaTime.LocalDate(2026, 5, 18) };
        late.RectificationAt(EndOfQ2).Explanation.Render(MessageCatalog.Chinese).Should().Be("逾期3天完成整改");
        late.RectificationAt(EndOfQ2).Explanation.Render(MessageCatalog.English).Should().Be("rectified 3 days late");

        var proposed = Fixtures.RuleSet(n =>
        {
            n["categories"]![1]!["deductions"]!["general"] = 12;
            n["categories"]![1]!["cap"] = 12;
        });
        var difference = WhatIfComparison.Compare(Fixtures.RuleSet(), proposed, Tree, [Input(Finding("w1", "workStyle", FindingSeverity.General))]).Single();
        difference.Explanation.Render(MessageCatalog.Chinese).Should().Be("得分由99分降至88分（减少11分），等次由好变为较好");
        difference.Explanation.Render(MessageCatalog.English).Should().Be("score down from 99 to 88 (-11); grade changed from '好' to '较好'");
    }

    private static string Json(Action<JsonObject> change)
    {
        var node = RuleSetNode();
        change(node);
        return node.ToJsonString();
    }
}
