using AccountabilityKit.Assessment.Annual;
using AccountabilityKit.Assessment.Rankings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Assessment.Tests.TestSupport;
using AccountabilityKit.Time;
using static AccountabilityKit.Assessment.Tests.TestSupport.Fixtures;

namespace AccountabilityKit.Assessment.Tests.Annual;

public class AnnualAssessmentTests
{
    private static readonly QuarterlyScorer Scorer = Fixtures.Scorer();
    private static readonly AssessmentYear Year = new(2026);

    /// <summary>Q1 100, Q2 98, Q3 96, Q4 94 (0, 2, 4, 6 minor political findings of 1 point).</summary>
    private static List<ScoreCard> FourQuarters() =>
        [.. Enumerable.Range(1, 4).Select(q => Cards.Score(Scorer, CountyA, 2 * (q - 1), quarter: Year.Quarter(q)))];

    private static void LinesSumToTotal(AnnualCard card) => card.Lines.Sum(l => l.Points).Should().Be(card.Total);

    [Fact]
    public void Combine_FourQuarters_WeighsRoutineAndYearEnd()
    {
        var card = AnnualAssessment.Combine(Scorer.RuleSet, CountyA, Year, FourQuarters(), 90m);

        // routine = 0.25 × (100 + 98 + 96 + 94) = 97; total = 97 × 0.3 + 90 × 0.7 = 29.1 + 63 = 92.1 → 好.
        card.RoutineScore.Should().Be(97m);
        card.Total.Should().Be(92.1m);
        card.Grade.Should().Be(Grade.Excellent);
        card.Lines.Select(l => l.Points).Should().Equal(7.5m, 7.35m, 7.2m, 7.05m, 63m);
        LinesSumToTotal(card);
    }

    [Fact]
    public void Combine_MissingQuarterReweight_SpreadsItsWeight()
    {
        var cards = FourQuarters().Take(3);

        var card = AnnualAssessment.Combine(Scorer.RuleSet, CountyA, Year, cards, 90m);

        // Q1..Q3 weigh 0.25 / 0.75 = 1/3 each: routine = (100 + 98 + 96) / 3 = 98; 98 × 0.3 + 63 = 92.4.
        card.Total.Should().Be(92.4m);
        card.Lines.Should().HaveCountGreaterThanOrEqualTo(4);
        LinesSumToTotal(card);
    }

    [Fact]
    public void Combine_MissingQuarterCountAsFloor_UsesTheFloor()
    {
        var card = AnnualAssessment.Combine(Scorer.RuleSet, CountyA, Year, FourQuarters().Take(3), 90m, MissingQuarterPolicy.CountAsFloor);

        // Q4 counts 60 (floor): routine = 0.25 × (100 + 98 + 96 + 60) = 88.5; 88.5 × 0.3 + 63 = 89.55 → 89.6 (away from zero) → 较好.
        card.RoutineScore.Should().Be(88.5m);
        card.Total.Should().Be(89.6m);
        card.Grade.Should().Be(Grade.Good);
        card.Lines.Single(l => l.Quarter == Year.Quarter(4)).Score.Should().Be(60m);
        LinesSumToTotal(card);
    }

    [Fact]
    public void Combine_MissingQuarterCountAsBase_UsesTheBaseScore()
    {
        var card = AnnualAssessment.Combine(Scorer.RuleSet, CountyA, Year, FourQuarters().Take(3), 90m, MissingQuarterPolicy.CountAsBase);

        // Q4 counts 100: routine = 0.25 × 394 = 98.5; 98.5 × 0.3 + 63 = 92.55 → 92.6.
        card.Total.Should().Be(92.6m);
        LinesSumToTotal(card);
    }

    [Fact]
    public void Combine_MissingQuarterReject_Throws()
    {
        var act = () => { AnnualAssessment.Combine(Scorer.RuleSet, CountyA, Year, FourQuarters().Skip(1), 90m, MissingQuarterPolicy.Reject); };

        act.ShouldFailValidation().ShouldHaveExactly((AssessmentIssueCodes.MissingQuarter, "$.quarterCards"));
    }

    [Fact]
    public void Combine_QuarterlyVeto_ForcesLowestAnnualGrade()
    {
        var cards = FourQuarters();
        cards[1] = Cards.Score(Scorer, CountyA, 2, quarter: Year.Quarter(2), veto: true);

        var card = AnnualAssessment.Combine(Scorer.RuleSet, CountyA, Year, cards, 90m);

        card.Total.Should().Be(92.1m);
        card.Grade.Should().Be(Grade.Poor);
        card.Veto!.EventCode.Should().Be("secretarySanctioned");
    }

    [Fact]
    public void Combine_ForeignDuplicateAndNegative_ReportsEach()
    {
        var cards = FourQuarters();
        cards.Add(cards[0]);
        cards.Add(Cards.Score(Scorer, CountyB, 0, quarter: Year.Quarter(1)));
        var act = () => { AnnualAssessment.Combine(Scorer.RuleSet, CountyA, Year, cards, -1m); };

        act.ShouldFailValidation().ShouldHaveExactly(
            (AssessmentIssueCodes.ForeignScoreCard, "$.quarterCards[4].quarter"),
            (AssessmentIssueCodes.ForeignScoreCard, "$.quarterCards[5]"),
            (AssessmentIssueCodes.InvalidYearEndScore, "$.yearEndScore"));
    }

    [Fact]
    public void Rank_AnnualCards_RanksByAnnualTotal()
    {
        var a = AnnualAssessment.Combine(Scorer.RuleSet, CountyA, Year, FourQuarters(), 90m);
        var b = AnnualAssessment.Combine(Scorer.RuleSet, CountyB, Year, [Cards.Score(Scorer, CountyB, 0, quarter: Year.Quarter(1))], 95m);

        var entries = Ranking.Rank(Scorer.RuleSet, [a, b]).Single().Entries;

        // B: 100 × 0.3 + 95 × 0.7 = 96.5 > A: 92.1.
        entries.Select(e => (e.Unit, e.Total, e.Rank)).Should().Equal((CountyB, 96.5m, 1), (CountyA, 92.1m, 2));
    }
}
