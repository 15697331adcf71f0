using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Assessment.Tests.TestSupport;
using CsCheck;
using NodaTime;
using static AccountabilityKit.Assessment.Tests.TestSupport.Fixtures;

namespace AccountabilityKit.Assessment.Tests.Scoring;

/// <summary>Invariants of the scorer on random findings, bonuses and rectification states (CsCheck).</summary>
public class QuarterlyScorerPropertyTests
{
    private static readonly QuarterlyScorer Scorer = Fixtures.Scorer();

    private static readonly Gen<(string Category, FindingSeverity Severity, int Deadline, int Rectified, bool Subordinate)> FindingShape =
        Gen.Select(Gen.OneOfConst("political", "workStyle"), Gen.Enum<FindingSeverity>(), Gen.Int[-1, 90], Gen.Int[-1, 90], Gen.Bool);

    private static readonly Gen<ScoringInput> Inputs =
        Gen.Select(FindingShape.List[0, 25], Gen.Int[0, 4], Gen.Int[0, 4], Gen.Bool, (shapes, innovation, selfFound, repeat) =>
        {
            var findings = shapes.Select((s, i) => ToFinding($"f{i:D2}", s)).ToArray();
            var bonuses = new List<BonusClaim>();
            if (innovation > 0)
            {
                bonuses.Add(new BonusClaim("innovation", innovation));
            }

            if (selfFound > 0)
            {
                bonuses.Add(new BonusClaim("selfFound", selfFound));
            }

            return new ScoringInput(CountyA, Q2, EndOfQ2)
            {
                Findings = findings,
                Bonuses = bonuses,
                PreviousQuarterFindings = repeat ? [Finding("old", "political", FindingSeverity.Minor, quarter: Q2.Previous())] : [],
            };
        });

    private static Finding ToFinding(string id, (string Category, FindingSeverity Severity, int Deadline, int Rectified, bool Subordinate) s)
    {
        var start = new LocalDate(2026, 4, 1);
        return Finding(id, s.Category, s.Severity, unit: s.Subordinate ? TownA1 : CountyA) with
        {
            RectificationDeadline = s.Deadline < 0 ? null : start.PlusDays(s.Deadline),
            RectifiedOn = s.Rectified < 0 ? null : start.PlusDays(s.Rectified),
        };
    }

    [Fact]
    public void Score_Total_IsWithinFloorAndBasePlusBonusCap()
    {
        Inputs.Sample(input =>
        {
            var card = Scorer.Score(input);
            card.Total.Should().BeInRange(Scorer.RuleSet.Floor, Scorer.RuleSet.BaseScore + Scorer.RuleSet.BonusCap);
        });
    }

    [Fact]
    public void Score_Lines_AlwaysSumToTheTotal()
    {
        Inputs.Sample(input =>
        {
            var card = Scorer.Score(input);
            card.Lines.Sum(l => l.Points).Should().Be(card.Total);
        });
    }

    [Fact]
    public void Score_AddingAFinding_NeverRaisesTheScore()
    {
        Gen.Select(Inputs, FindingShape).Sample(pair =>
        {
            var (input, extra) = pair;
            var before = Scorer.Score(input);
            var after = Scorer.Score(input with { Findings = [.. input.Findings, ToFinding("zz-extra", extra)] });
            after.Total.Should().BeLessThanOrEqualTo(before.Total);
        });
    }

    [Fact]
    public void Score_OrderOfFindings_NeverChangesTheCard()
    {
        Gen.Select(Inputs, Gen.Int[0, 30]).Sample(pair =>
        {
            var (input, rotation) = pair;
            var findings = input.Findings.ToList();
            var k = findings.Count == 0 ? 0 : rotation % findings.Count;
            var reordered = findings.Skip(k).Concat(findings.Take(k)).Reverse().ToArray();
            var bonuses = input.Bonuses.Reverse().ToArray();

            var a = Scorer.Score(input);
            var b = Scorer.Score(input with { Findings = reordered, Bonuses = bonuses });

            b.Total.Should().Be(a.Total);
            b.Grade.Should().Be(a.Grade);
            b.Veto.Should().Be(a.Veto);
            b.Lines.Should().Equal(a.Lines);
        });
    }
}
