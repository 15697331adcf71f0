using AccountabilityKit.Localization;
using AccountabilityKit.Assessment.Rankings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Tests.TestSupport;
using static AccountabilityKit.Assessment.Tests.TestSupport.Fixtures;

namespace AccountabilityKit.Assessment.Tests.Rankings;

public class RankingTests
{
    private static readonly Assessment.Scoring.QuarterlyScorer Scorer = Fixtures.Scorer(n => n["gradeBands"]![0]!.AsObject().Remove("quota"));

    [Fact]
    public void Rank_EqualTotals_ShareARank_1_2_2_4()
    {
        // A 100; B 100 − 5 = 95; C 100 − 7 + 2 = 95; D 100 − 8 = 92.
        var cards = new[] { Cards.Score(Scorer, CountyD, 8), Cards.Score(Scorer, CountyC, 7, 1), Cards.Score(Scorer, CountyB, 5), Cards.Score(Scorer, CountyA, 0) };

        var ranking = Ranking.Rank(Scorer.RuleSet, cards).Should().ContainSingle().Subject;

        ranking.GroupId.Should().Be("county");
        ranking.Entries.Select(e => (e.Unit, e.Total, e.Rank)).Should().Equal(
            (CountyA, 100m, 1),
            (CountyB, 95m, 2),   // tie-break: 5 points deducted …
            (CountyC, 95m, 2),   // … before 7
            (CountyD, 92m, 4));
    }

    [Fact]
    public void Rank_UnitGroups_AreRankedSeparately()
    {
        var cards = new[] { Cards.Score(Scorer, CountyA, 3), Cards.Score(Scorer, DeptX, 1) };

        var rankings = Ranking.Rank(Scorer.RuleSet, cards);

        rankings.Select(r => (r.GroupId, r.Entries.Single().Rank)).Should().Equal(("county", 1), ("dept", 1));
    }

    [Fact]
    public void Rank_Quota_AdmitsTopUnitsAndMovesTheRestDown()
    {
        var scorer = Fixtures.Scorer(); // 好 quota 0.5: ⌊0.5 × 4⌋ = 2 of 4 counties
        var cards = new[] { Cards.Score(scorer, CountyA, 0), Cards.Score(scorer, CountyB, 2), Cards.Score(scorer, CountyC, 5), Cards.Score(scorer, CountyD, 8) };

        var entries = Ranking.Rank(scorer.RuleSet, cards).Single().Entries;

        // 100, 98, 95, 92 all earn 好 by score; A and B are admitted, C and D drop to 较好.
        cards.Should().OnlyContain(c => c.Grade == Grade.Excellent);
        entries.Select(e => (e.Unit, e.Grade, e.DemotedByQuota)).Should().Equal(
            (CountyA, Grade.Excellent, false),
            (CountyB, Grade.Excellent, false),
            (CountyC, Grade.Good, true),
            (CountyD, Grade.Good, true));
        entries[2].GradeName.Should().Be("较好");
        entries[2].Reason.Id.Should().Be("Assessment.RankDemoted");
        entries[2].Reason.Render(MessageCatalog.Chinese).Should().Contain("名额");
    }

    [Fact]
    public void Rank_QuotaBoundaryTie_MovesTheWholeTieDown()
    {
        var scorer = Fixtures.Scorer();
        // 100, 95, 95, 92: admitting A (1) leaves 1 place for the tie of two at rank 2 → neither is admitted.
        var cards = new[] { Cards.Score(scorer, CountyA, 0), Cards.Score(scorer, CountyB, 5), Cards.Score(scorer, CountyC, 5), Cards.Score(scorer, CountyD, 8) };

        var entries = Ranking.Rank(scorer.RuleSet, cards).Single().Entries;

        entries.Count(e => e.Grade == Grade.Excellent).Should().Be(1);
        entries.Where(e => e.Rank == 2).Should().OnlyContain(e => e.Grade == Grade.Good && e.DemotedByQuota);
    }

    [Fact]
    public void Rank_VetoedUnit_KeepsTheLowestGradeAndItsRank()
    {
        var cards = new[] { Cards.Score(Scorer, CountyA, 0, veto: true), Cards.Score(Scorer, CountyB, 3) };

        var entries = Ranking.Rank(Scorer.RuleSet, cards).Single().Entries;

        entries[0].Unit.Should().Be(CountyA);
        entries[0].Rank.Should().Be(1);
        entries[0].Grade.Should().Be(Grade.Poor);
        entries[1].Grade.Should().Be(Grade.Excellent);
    }

    [Fact]
    public void Rank_DuplicateUnitOrMixedQuarters_Throws()
    {
        var cards = new[] { Cards.Score(Scorer, CountyA, 0), Cards.Score(Scorer, CountyA, 1), Cards.Score(Scorer, CountyB, 0, quarter: Q2.Next()) };
        var act = () => { Ranking.Rank(Scorer.RuleSet, cards); };

        act.ShouldFailValidation().ShouldHaveExactly(
            (AssessmentIssueCodes.InvalidRankingInput, "$.cards[1].unit"),
            (AssessmentIssueCodes.InvalidRankingInput, "$.cards[2].quarter"));
    }

    [Fact]
    public void Rank_CardOfAnotherRuleSet_Throws()
    {
        var other = Fixtures.Scorer(n => n["id"] = "other");
        var act = () => { Ranking.Rank(Scorer.RuleSet, [Cards.Score(other, CountyA, 0)]); };

        act.ShouldFailValidation().ShouldHaveExactly((AssessmentIssueCodes.InvalidRankingInput, "$.cards[0].ruleSetId"));
    }
}
