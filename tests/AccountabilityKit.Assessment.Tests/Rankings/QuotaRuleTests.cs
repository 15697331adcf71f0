using System.Text.Json.Nodes;
using AccountabilityKit.Assessment.Rankings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Tests.TestSupport;
using AccountabilityKit.Localization;
using CsCheck;
using static AccountabilityKit.Assessment.Tests.TestSupport.Fixtures;

namespace AccountabilityKit.Assessment.Tests.Rankings;

/// <summary>The rounding rule of grade-band quotas (the rule set's <c>quotas</c> section).</summary>
public class QuotaRuleTests
{
    private static Assessment.Scoring.QuarterlyScorer ScorerWith(decimal quota, JsonObject? quotas) => Fixtures.Scorer(n =>
    {
        n["gradeBands"]![0]!["quota"] = quota;
        if (quotas is not null)
        {
            n["quotas"] = quotas;
        }
    });

    // Four counties that all earn 好 by score: 100, 98, 95, 92.
    private static int Excellent(Assessment.Scoring.QuarterlyScorer scorer)
    {
        var cards = new[] { Cards.Score(scorer, CountyA, 0), Cards.Score(scorer, CountyB, 2), Cards.Score(scorer, CountyC, 5), Cards.Score(scorer, CountyD, 8) };
        cards.Should().OnlyContain(c => c.Grade == Grade.Excellent);
        return Ranking.Rank(scorer.RuleSet, cards).Single().Entries.Count(e => e.Grade == Grade.Excellent);
    }

    [Fact]
    public void NoQuotasSection_IsTheDocumentedDefault_FloorWithoutMinimum()
    {
        var scorer = ScorerWith(0.2m, null);

        scorer.RuleSet.Quotas.Should().Be(QuotaRule.Default);
        QuotaRule.Default.Should().Be(new QuotaRule(QuotaRounding.Floor, false));
        Excellent(scorer).Should().Be(0, "⌊0.2 × 4⌋ = 0 — what a rule set that states no rule keeps getting");
    }

    [Fact]
    public void Quota20PercentOfFour_AtLeastOne_GivesTheTopGradeToOneUnit()
    {
        Excellent(ScorerWith(0.2m, new JsonObject { ["rounding"] = "floor", ["atLeastOne"] = true })).Should().Be(1);
    }

    [Fact]
    public void Quota20PercentOfFour_RoundHalfUp_GivesTheTopGradeToOneUnit()
    {
        Excellent(ScorerWith(0.2m, new JsonObject { ["rounding"] = "roundHalfUp" })).Should().Be(1, "0.8 rounds to 1");
    }

    [Theory]
    [InlineData("floor", 1)]
    [InlineData("roundHalfUp", 1)]
    [InlineData("ceiling", 2)]
    public void Quota30PercentOfFour_IsRoundedByTheChosenRule(string rounding, int expected)
    {
        // 0.3 × 4 = 1.2.
        Excellent(ScorerWith(0.3m, new JsonObject { ["rounding"] = rounding })).Should().Be(expected);
    }

    [Fact]
    public void RoundHalfUp_RoundsAnExactHalfUp()
    {
        new QuotaRule(QuotaRounding.RoundHalfUp, false).Allowance(0.5m, 3).Should().Be(2, "1.5 → 2");
        new QuotaRule(QuotaRounding.RoundHalfUp, false).Allowance(0.1m, 5).Should().Be(1, "0.5 → 1");
        new QuotaRule(QuotaRounding.RoundHalfUp, false).Allowance(0.1m, 4).Should().Be(0, "0.4 → 0");
    }

    [Fact]
    public void AtLeastOne_InAnEmptyGroup_AdmitsNobody()
    {
        new QuotaRule(QuotaRounding.Floor, true).Allowance(0.2m, 0).Should().Be(0);
    }

    [Fact]
    public void AtLeastOne_TieForTheOnePlace_IsStillAdmittedWholeOrNotAtAll()
    {
        var scorer = ScorerWith(0.2m, new JsonObject { ["rounding"] = "floor", ["atLeastOne"] = true });
        var cards = new[] { Cards.Score(scorer, CountyA, 2), Cards.Score(scorer, CountyB, 2), Cards.Score(scorer, CountyC, 5), Cards.Score(scorer, CountyD, 8) };

        var entries = Ranking.Rank(scorer.RuleSet, cards).Single().Entries;

        entries.Count(e => e.Grade == Grade.Excellent).Should().Be(0, "one place, two units tied at rank 1: no arbitrary tie-break");
    }

    [Fact]
    public void Property_Allowance_StaysWithinTheRoundingBounds()
    {
        Gen.Select(Gen.Int[1, 1000], Gen.Int[0, 500], Gen.Int[0, 2], Gen.Bool).Sample((permille, size, rounding, atLeastOne) =>
        {
            var quota = permille / 1000m;
            var exact = quota * size;
            var rule = new QuotaRule((QuotaRounding)rounding, atLeastOne);
            var allowance = rule.Allowance(quota, size);
            var floor = new QuotaRule(QuotaRounding.Floor, false).Allowance(quota, size);
            var ceiling = new QuotaRule(QuotaRounding.Ceiling, false).Allowance(quota, size);
            var minimum = atLeastOne && size > 0 ? 1 : 0;
            return allowance >= 0 && allowance <= size
                && floor <= exact && exact < floor + 1
                && ceiling >= exact && ceiling - 1 < exact
                && allowance >= Math.Max(floor, minimum)
                && allowance <= Math.Max(ceiling, minimum)
                && (rule.Rounding != QuotaRounding.RoundHalfUp || atLeastOne || Math.Abs(allowance - exact) <= 0.5m)
                && (!atLeastOne || size == 0 || allowance >= 1);
        });
    }

    [Fact]
    public void Property_Ranking_NeverAdmitsMoreThanTheAllowance()
    {
        var units = new[] { CountyA, CountyB, CountyC, CountyD };
        Gen.Select(Gen.Int[1, 100], Gen.Int[0, 2], Gen.Bool, Gen.Int[0, 3].Array[4]).Sample((percent, rounding, atLeastOne, deductions) =>
        {
            var quotas = new JsonObject { ["rounding"] = ((QuotaRounding)rounding) switch { QuotaRounding.Floor => "floor", QuotaRounding.RoundHalfUp => "roundHalfUp", _ => "ceiling" }, ["atLeastOne"] = atLeastOne };
            var scorer = ScorerWith(percent / 100m, quotas);
            var cards = units.Select((u, i) => Cards.Score(scorer, u, deductions[i])).ToArray();
            var admitted = Ranking.Rank(scorer.RuleSet, cards).Single().Entries.Count(e => e.Grade == Grade.Excellent);
            return admitted <= scorer.RuleSet.Quotas.Allowance(percent / 100m, units.Length);
        }, iter: 200);
    }

    [Fact]
    public void UnknownRoundingSpelling_IsReportedWithItsPath()
    {
        var node = Fixtures.RuleSetNode();
        node["quotas"] = new JsonObject { ["rounding"] = "down" };

        ScoringRuleSetJson.TryLoad(node.ToJsonString(), out var set, out var report).Should().BeFalse();

        set.Should().BeNull();
        report.Issues.Should().ContainSingle().Which.Path.Should().Be("$.quotas.rounding");
    }

    [Fact]
    public void QuotasSection_RoundTripsThroughSave()
    {
        var set = ScorerWith(0.2m, new JsonObject { ["rounding"] = "ceiling", ["atLeastOne"] = true }).RuleSet;

        ScoringRuleSetJson.Load(ScoringRuleSetJson.Save(set)).Quotas.Should().Be(new QuotaRule(QuotaRounding.Ceiling, true));
    }

    [Fact]
    public void BuiltInRuleSets_StateTheirQuotaRule_FloorWithAtLeastOneUnit()
    {
        BuiltInRuleSets.All.Should().OnlyContain(r => r.Quotas == new QuotaRule(QuotaRounding.Floor, true));
        BuiltInRuleSets.CountyLevel2026.GradeBands[0].Quota!.Value.Should().Be(0.2m);
        BuiltInRuleSets.CountyLevel2026.Quotas.Allowance(0.2m, 4).Should().Be(1, "a city's four counties: one may be 好");
    }

    [Fact]
    public void QuotaRounding_HasZhCnAndEnglishLabels()
    {
        Labels.ZhCn(QuotaRounding.Floor).Should().Be("向下取整");
        Labels.ZhCn(QuotaRounding.RoundHalfUp).Should().Be("四舍五入");
        Labels.ZhCn(QuotaRounding.Ceiling).Should().Be("向上取整");
        Labels.En(QuotaRounding.Ceiling).Should().Be("Round up");
    }
}
