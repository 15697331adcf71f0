using AccountabilityKit.Localization;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Assessment.Tests.TestSupport;
using AccountabilityKit.Time;
using NodaTime;
using static AccountabilityKit.Assessment.Tests.TestSupport.Fixtures;

namespace AccountabilityKit.Assessment.Tests.Scoring;

/// <summary>Hand-computed scenarios on the test rule set of <see cref="Fixtures.RuleSetNode"/>, the arithmetic written out.</summary>
public class QuarterlyScorerTests
{
    private static void LinesSumToTotal(ScoreCard card) => card.Lines.Sum(l => l.Points).Should().Be(card.Total);

    [Fact]
    public void Score_NoFindings_IsBaseScoreAndTopGrade()
    {
        var card = Scorer().Score(Input());

        // 100 (base) = 100.
        card.Total.Should().Be(100m);
        card.Grade.Should().Be(Grade.Excellent);
        card.GradeName.Should().Be("好");
        card.GroupId.Should().Be("county");
        card.Veto.Should().BeNull();
        card.Lines.Should().ContainSingle().Which.Kind.Should().Be(ScoreLineKind.Base);
    }

    [Fact]
    public void Score_CategoryCap_GivesBackPointsAboveTheCap()
    {
        var card = Scorer().Score(Input(
            Finding("w1", "workStyle", FindingSeverity.Serious),
            Finding("w2", "workStyle", FindingSeverity.General),
            Finding("w3", "workStyle", FindingSeverity.Minor)));

        // workStyle: 3 + 1 + 0.5 = 4.5 > cap 4 → +0.5 back; 100 − 4.5 + 0.5 = 96.0.
        card.Total.Should().Be(96.0m);
        card.Lines.Select(l => (l.Kind, l.FindingId, l.Points)).Should().Equal(
            (ScoreLineKind.Base, null, 100m),
            (ScoreLineKind.Deduction, "w1", -3m),
            (ScoreLineKind.Deduction, "w2", -1m),
            (ScoreLineKind.Deduction, "w3", -0.5m),
            (ScoreLineKind.CategoryCap, null, 0.5m));
        card.Lines[1].Reason.Render(MessageCatalog.Chinese).Should().Be("作风建设：严重问题扣3分");
        card.Lines[4].RuleItemId.Should().Be("workStyle");
        LinesSumToTotal(card);
    }

    [Fact]
    public void Score_Deduction_CarriesTheCategoryCitation()
    {
        var card = Scorer().Score(Input(Finding("p1", "political", FindingSeverity.General)));

        // 100 − 2 = 98.0.
        card.Total.Should().Be(98m);
        card.Lines[1].Citation.Should().Be(Citations.Citation.Parse("PCR2020 Art. 6"));
    }

    [Fact]
    public void Score_Floor_AppliesBeforeBonuses()
    {
        var scorer = Scorer(n => n["floor"] = 95);
        var input = Input(
            Finding("p1", "political", FindingSeverity.General),
            Finding("p2", "political", FindingSeverity.General),
            Finding("p3", "political", FindingSeverity.General)) with
        { Bonuses = [new BonusClaim("innovation")] };

        var card = scorer.Score(input);

        // 100 − 2 − 2 − 2 = 94 < floor 95 → +1 (floor line) = 95; then bonus +2 = 97.0 (not max(95, 94 + 2) = 96).
        card.Total.Should().Be(97m);
        card.Lines.Should().Contain(l => l.Kind == ScoreLineKind.Floor && l.Points == 1m);
        card.Lines.Select(l => l.Kind).Should().ContainInOrder(ScoreLineKind.Floor, ScoreLineKind.Bonus);
        LinesSumToTotal(card);
    }

    [Fact]
    public void Score_RepeatFinding_IsEscalatedByTheFactor()
    {
        var input = Input(
            Finding("p1", "political", FindingSeverity.General),
            Finding("w1", "workStyle", FindingSeverity.Minor)) with
        { PreviousQuarterFindings = [Finding("old", "political", FindingSeverity.Minor, quarter: Q2.Previous())] };

        var card = Scorer().Score(input);

        // political repeats (found in 2026Q1): 2 × 1.5 = 3; workStyle does not: 0.5; 100 − 3 − 0.5 = 96.5.
        card.Total.Should().Be(96.5m);
        card.Lines.Single(l => l.FindingId == "p1").Points.Should().Be(-3m);
        card.Lines.Single(l => l.FindingId == "p1").Reason.Render(MessageCatalog.Chinese).Should().Contain("×1.5");
        card.Lines.Single(l => l.FindingId == "w1").Points.Should().Be(-0.5m);
    }

    [Fact]
    public void Score_OverdueRectification_DeductsPerItemUpToTheCap()
    {
        var late = Finding("w1", "workStyle", FindingSeverity.Minor) with { RectificationDeadline = new LocalDate(2026, 5, 31) };
        var rectifiedLate = Finding("w2", "workStyle", FindingSeverity.Minor) with { RectificationDeadline = new LocalDate(2026, 5, 15), RectifiedOn = new LocalDate(2026, 5, 20) };
        var onTime = Finding("w3", "workStyle", FindingSeverity.Minor) with { RectificationDeadline = new LocalDate(2026, 6, 10), RectifiedOn = new LocalDate(2026, 6, 1) };
        var alsoLate = Finding("w4", "workStyle", FindingSeverity.Minor) with { RectificationDeadline = new LocalDate(2026, 6, 1) };

        var card = Scorer().Score(Input(late, rectifiedLate, onTime, alsoLate));

        // Deductions 4 × 0.5 = 2; overdue at 2026-06-30: w1 (30 days), w2 (rectified 5 days late), w4 (29 days) → 3 × 1 = 3 > cap 2 → +1;
        // 100 − 2 − 3 + 1 = 96.0.
        card.Total.Should().Be(96m);
        card.Lines.Where(l => l.Kind == ScoreLineKind.Overdue).Select(l => l.FindingId).Should().Equal("w1", "w2", "w4");
        card.Lines.Single(l => l.Kind == ScoreLineKind.OverdueCap).Points.Should().Be(1m);
        card.Lines.Single(l => l.FindingId == "w1" && l.Kind == ScoreLineKind.Overdue).Reason.Render(MessageCatalog.Chinese).Should().Be("问题逾期未整改30天，扣1分");
        LinesSumToTotal(card);
    }

    [Fact]
    public void Score_Bonuses_AreCappedPerItemThenInTotal()
    {
        var input = Input() with { Bonuses = [new BonusClaim("innovation", 3, "经验推广"), new BonusClaim("selfFound", 2)] };

        var card = Scorer().Score(input);

        // innovation 3 × 2 = 6 > cap 4 → −2; selfFound 2 × 1.5 = 3 (cap 3); 4 + 3 = 7 > bonus cap 5 → −2; 100 + 5 = 105.0.
        card.Total.Should().Be(105m);
        card.BonusPoints.Should().Be(5m);
        card.Lines.Where(l => l.Kind == ScoreLineKind.BonusCap).Select(l => (l.RuleItemId, l.Points)).Should().Equal(("innovation", -2m), ("bonusCap", -2m));
        LinesSumToTotal(card);
    }

    [Fact]
    public void Score_VetoByFinding_ForcesLowestGradeWhateverTheScore()
    {
        var card = Scorer().Score(Input(Finding("p1", "political", FindingSeverity.Serious)));

        // 100 − 5 = 95 would be 好, but a serious political finding is vetoed → 差.
        card.Total.Should().Be(95m);
        card.Grade.Should().Be(Grade.Poor);
        card.GradeName.Should().Be("差");
        card.Veto!.VetoId.Should().Be("seriousPolitical");
        card.Veto.FindingId.Should().Be("p1");
        card.Veto.Reason.Render(MessageCatalog.Chinese).Should().Be("一票否决：严重违反政治纪律（问题p1），等次定为差");
        card.Veto.Reason.Render(MessageCatalog.English).Should().Be("One-vote veto: '严重违反政治纪律' (finding 'p1'), graded '差'");
    }

    [Fact]
    public void Score_VetoBelowItsSeverity_DoesNotApply()
    {
        var card = Scorer().Score(Input(Finding("p1", "political", FindingSeverity.General)));

        card.Veto.Should().BeNull();
        card.Grade.Should().Be(Grade.Excellent);
    }

    [Fact]
    public void Score_VetoByEvent_NamesTheEvent()
    {
        var card = Scorer().Score(Input() with { VetoEvents = ["secretarySanctioned"] });

        card.Total.Should().Be(100m);
        card.Grade.Should().Be(Grade.Poor);
        card.Veto!.EventCode.Should().Be("secretarySanctioned");
        card.Veto.FindingId.Should().BeNull();
    }

    [Theory]
    [InlineData("awayFromZero", 99)]
    [InlineData("toEven", 98)]
    [InlineData("toZero", 98)]
    [InlineData("toNegativeInfinity", 98)]
    [InlineData("toPositiveInfinity", 99)]
    public void Score_RoundingMode_RoundsTheTotalAndAddsALine(string mode, int expected)
    {
        var scorer = Scorer(n => n["rounding"] = new System.Text.Json.Nodes.JsonObject { ["decimals"] = 0, ["mode"] = mode });

        var card = scorer.Score(Input(Finding("p1", "political", FindingSeverity.Minor), Finding("w1", "workStyle", FindingSeverity.Minor)));

        // 100 − 1 − 0.5 = 98.5, rounded to 0 decimals by the mode.
        card.Total.Should().Be(expected);
        card.Lines[^1].Kind.Should().Be(ScoreLineKind.Rounding);
        card.Lines[^1].Points.Should().Be(expected - 98.5m);
        LinesSumToTotal(card);
    }

    [Theory]
    [InlineData("awayFromZero", "99.3")]
    [InlineData("toEven", "99.2")]
    public void Score_RoundingToOneDecimal_RoundsTheRepeatedQuarterPoint(string mode, string expected)
    {
        var scorer = Scorer(n => n["rounding"]!["mode"] = mode);
        var input = Input(Finding("w1", "workStyle", FindingSeverity.Minor)) with
        { PreviousQuarterFindings = [Finding("old", "workStyle", FindingSeverity.Minor, quarter: Q2.Previous())] };

        var card = scorer.Score(input);

        // 0.5 × 1.5 = 0.75; 100 − 0.75 = 99.25 → one decimal.
        card.Total.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        LinesSumToTotal(card);
    }

    [Fact]
    public void Score_FindingOfSubordinateUnit_CountsForTheUnit()
    {
        var card = Scorer().Score(Input(Finding("t1", "workStyle", FindingSeverity.General, unit: TownA1)));

        card.Total.Should().Be(99m);
    }

    [Fact]
    public void Score_GradeBands_BoundariesAreMinInclusiveMaxExclusive()
    {
        var scorer = Scorer();
        // 100 − 10 (political cap: 5 general × 2) = 90 → 好 (90 is in [90, ∞)).
        var at90 = scorer.Score(Input([.. Enumerable.Range(1, 5).Select(i => Finding($"p{i}", "political", FindingSeverity.General))]));
        // 90 − 0.5 = 89.5 → 较好.
        var below = scorer.Score(Input([.. Enumerable.Range(1, 5).Select(i => Finding($"p{i}", "political", FindingSeverity.General)), Finding("w", "workStyle", FindingSeverity.Minor)]));

        at90.Total.Should().Be(90m);
        at90.Grade.Should().Be(Grade.Excellent);
        below.Total.Should().Be(89.5m);
        below.Grade.Should().Be(Grade.Good);
        below.GradeName.Should().Be("较好");
    }

    [Fact]
    public void Validate_BadInput_ReportsEveryProblemWithItsPath()
    {
        var input = new ScoringInput(CountyA, Q2, EndOfQ2)
        {
            Findings =
            [
                Finding("a", "political", FindingSeverity.Minor),
                Finding("a", "unknown", FindingSeverity.Minor),
                Finding("b", "political", FindingSeverity.Minor, unit: CountyB),
                Finding("c", "political", FindingSeverity.Minor, unit: new Organization.OrgUnitId("nowhere")),
                Finding("d", "political", FindingSeverity.Minor, quarter: Q2.Next()),
            ],
            PreviousQuarterFindings = [Finding("e", "political", FindingSeverity.Minor)],
            Bonuses = [new BonusClaim("nope"), new BonusClaim("innovation", 0)],
            VetoEvents = ["flood"],
        };

        Scorer().Validate(input).ShouldHaveExactly(
            (AssessmentIssueCodes.DuplicateFinding, "$.findings[1].id"),
            (AssessmentIssueCodes.UnknownCategory, "$.findings[1].categoryCode"),
            (AssessmentIssueCodes.FindingOutsideUnit, "$.findings[2].unit"),
            (AssessmentIssueCodes.UnknownUnit, "$.findings[3].unit"),
            (AssessmentIssueCodes.FindingQuarterMismatch, "$.findings[4].quarter"),
            (AssessmentIssueCodes.FindingQuarterMismatch, "$.previousQuarterFindings[0].quarter"),
            (AssessmentIssueCodes.InvalidBonusClaim, "$.bonuses[0].bonusId"),
            (AssessmentIssueCodes.InvalidBonusClaim, "$.bonuses[1].count"),
            (AssessmentIssueCodes.UnknownVetoEvent, "$.vetoEvents[0]"));
    }

    [Fact]
    public void Score_QuarterOutsideThePeriod_ThrowsWithPath()
    {
        var quarter = AssessmentQuarter.Parse("2027Q1");
        var act = () => { Scorer().Score(new ScoringInput(CountyA, quarter, new LocalDate(2027, 3, 31))); };

        act.ShouldFailValidation().ShouldHaveExactly((AssessmentIssueCodes.QuarterOutsidePeriod, "$.quarter"));
    }

    [Fact]
    public void Score_UnknownUnit_ThrowsWithPath()
    {
        var act = () => { Scorer().Score(new ScoringInput(new Organization.OrgUnitId("XX"), Q2, EndOfQ2)); };

        act.ShouldFailValidation().ShouldHaveExactly((AssessmentIssueCodes.UnknownUnit, "$.unit"));
    }

    [Fact]
    public void Score_UnitKindOfNoGroup_ThrowsWithPath()
    {
        var act = () => { Scorer().Score(new ScoringInput(TownA1, Q2, EndOfQ2)); };

        act.ShouldFailValidation().ShouldHaveExactly((AssessmentIssueCodes.UnitNotInGroup, "$.unit"));
    }

    [Fact]
    public void Validate_NullFinding_IsReportedWithItsIndex()
    {
        var input = new ScoringInput(CountyA, Q2, EndOfQ2) { Findings = [Finding("a", "political", FindingSeverity.Minor), null!] };

        Scorer().Validate(input).ShouldHaveExactly((AssessmentIssueCodes.InvalidFinding, "$.findings[1]"));
    }

    [Fact]
    public void ScoreAll_ScoresEveryInputInOrder()
    {
        var cards = Scorer().ScoreAll([Input(Finding("a", "political", FindingSeverity.Minor)), new ScoringInput(CountyB, Q2, EndOfQ2)]);

        cards.Select(c => (c.Unit, c.Total)).Should().Equal((CountyA, 99m), (CountyB, 100m));
    }

    [Fact]
    public void Score_CityDepartmentsExample_FloorThenBonusThenTwoDecimalsToEven()
    {
        var rules = BuiltInRuleSets.CityDepartments2026;
        var scorer = new QuarterlyScorer(rules, Tree);
        var serious = new[] { "political", "workStyle", "cadreSelection", "partyLife" }
            .SelectMany(c => Enumerable.Range(1, 6).Select(i => Finding($"{c}{i}", c, FindingSeverity.Serious, unit: DeptX)))
            .ToArray();
        var input = new ScoringInput(DeptX, Q2, EndOfQ2) { Findings = serious, Bonuses = [new BonusClaim("innovation")] };

        var card = scorer.Score(input);

        // Deductions after caps: political 6 × 4 = 24 → 20; workStyle 6 × 3 = 18 → 15; cadreSelection 18 → 15; partyLife 12 → 10: 60 in all.
        // 100 − 60 = 40 < floor 60 → +20 = 60; bonus +1 = 61.00 (two decimals, to even) → 不合格 (60–70).
        card.Total.Should().Be(61m);
        card.GroupId.Should().Be("cityDepartments");
        card.GradeName.Should().Be("不合格");
        card.Lines.Where(l => l.Kind == ScoreLineKind.CategoryCap).Sum(l => l.Points).Should().Be(12m);
        card.Lines.Single(l => l.Kind == ScoreLineKind.Floor).Points.Should().Be(20m);
        card.Lines.Sum(l => l.Points).Should().Be(card.Total);
    }

    [Fact]
    public void Score_Card_NamesTheRuleSetAndExplainsTheDeductedAndBonusPoints()
    {
        var input = Input(Finding("p1", "political", FindingSeverity.General)) with { Bonuses = [new BonusClaim("selfFound", 1, "主动查处")] };

        var card = Scorer().Score(input);

        // 100 − 2 + 1.5 = 99.5.
        card.Total.Should().Be(99.5m);
        card.RuleSetId.Should().Be("test");
        card.RuleSetVersion.Should().Be("1");
        card.DeductedPoints.Should().Be(2m);
        card.BonusPoints.Should().Be(1.5m);
        card.Lines.Single(l => l.Kind == ScoreLineKind.Bonus).Reason.Render(MessageCatalog.Chinese).Should().Be("自查自纠（主动查处）：1项×1.5分，加1.5分");
        card.Lines.Single(l => l.Kind == ScoreLineKind.Bonus).Reason.Render(MessageCatalog.English).Should().Be("'自查自纠' ('主动查处'): 1 × 1.5, 1.5 added");
    }

    [Fact]
    public void Score_NullList_ThrowsTypedErrorNotNullReference()
    {
        var act = () => { Scorer().Score(Input() with { Bonuses = null! }); };

        act.ShouldFailValidation().ShouldHaveExactly((Validation.VocabularyIssueCodes.NullJsonValue, "$.bonuses"));
    }

    [Fact]
    public void Score_InParallel_GivesTheSameCardsAsSequentially()
    {
        var scorer = Scorer();
        var inputs = Enumerable.Range(0, 200)
            .Select(i => Input([.. Enumerable.Range(0, i % 7).Select(k => Finding($"f{k}", k % 2 == 0 ? "political" : "workStyle", (FindingSeverity)(k % 2)))]))
            .ToArray();

        var sequential = inputs.Select(i => scorer.Score(i).Total).ToArray();
        var parallel = inputs.AsParallel().AsOrdered().Select(i => scorer.Score(i).Total).ToArray();

        parallel.Should().Equal(sequential);
        sequential.Distinct().Should().HaveCountGreaterThan(3);
    }
}
