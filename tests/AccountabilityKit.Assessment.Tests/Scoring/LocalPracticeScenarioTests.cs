using System.Text.Json.Nodes;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Assessment.Tests.TestSupport;
using static AccountabilityKit.Assessment.Tests.TestSupport.Fixtures;

namespace AccountabilityKit.Assessment.Tests.Scoring;

/// <summary>Scenarios reproducing the local scoring practice of the domain digest (regulations.md §7), named after the example.</summary>
public class LocalPracticeScenarioTests
{
    /// <summary>§7 example 2, Tongguan County 2008: any of the listed events sets the annual target assessment directly to 较差.</summary>
    [Fact]
    public void Section7_Example2_Tongguan2008_VetoEventSetsPoorWhateverTheScore()
    {
        var scorer = Fixtures.Scorer(n =>
        {
            n["vetoes"] = JsonNode.Parse("""
                [ { "id": "tongguan", "name": "一票否决事项",
                    "events": ["circularOfCriticism", "seriousAccident", "leadersSanctioned", "mediaExposure", "lastInServiceCampaign", "lateCaseReport", "otherSeriousViolation"] } ]
                """);
            n["gradeBands"]![0]!["name"] = "优秀";
            n["gradeBands"]![1]!["name"] = "良好";
            n["gradeBands"]![2]!["name"] = "一般";
            n["gradeBands"]![3]!["name"] = "较差";
        });

        var clean = scorer.Score(Input(Finding("w1", "workStyle", FindingSeverity.Minor)));
        var vetoed = scorer.Score(Input(Finding("w1", "workStyle", FindingSeverity.Minor)) with { VetoEvents = ["circularOfCriticism"] });

        // 100 − 0.5 = 99.5 either way; the event alone moves the grade from 优秀 to 较差.
        clean.GradeName.Should().Be("优秀");
        vetoed.Total.Should().Be(clean.Total);
        vetoed.GradeName.Should().Be("较差");
        vetoed.Veto!.EventCode.Should().Be("circularOfCriticism");
    }

    /// <summary>§7 example 2, Tongguan County 2008: "a year-end score of 0–69" is 较差 — a grade band, not a veto.</summary>
    [Fact]
    public void Section7_Example2_Tongguan2008_ScoreBelow70IsPoorByBand()
    {
        var scorer = Fixtures.Scorer(n => n["floor"] = 0);
        var findings = Enumerable.Range(1, 5).Select(i => Finding($"p{i}", "political", FindingSeverity.General))
            .Concat(Enumerable.Range(1, 4).Select(i => Finding($"w{i}", "workStyle", FindingSeverity.Serious)))
            .ToArray();

        var card = scorer.Score(Input(findings) with { VetoEvents = [] });

        // political 5 × 2 = 10 (cap 10); workStyle 4 × 3 = 12 → cap 4; 100 − 10 − 4 = 86 → 较好. Not yet below 70:
        card.Total.Should().Be(86m);
        card.Grade.Should().Be(Grade.Good);
        var strict = Fixtures.Scorer(n => { n["floor"] = 0; n["categories"]![0]!["cap"] = 40; n["categories"]![0]!["deductions"]!["general"] = 7; });
        // with −7 per general political finding and a cap of 40: 100 − 35 − 4 = 61 → 差 (0–70).
        var poor = strict.Score(Input(findings));
        poor.Total.Should().Be(61m);
        poor.Grade.Should().Be(Grade.Poor);
        poor.Veto.Should().BeNull();
    }
}
