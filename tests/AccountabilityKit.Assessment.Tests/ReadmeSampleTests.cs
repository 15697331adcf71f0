using AccountabilityKit.Localization;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using NodaTime;

namespace AccountabilityKit.Assessment.Tests;

/// <summary>The README's opening sample, kept compiling and checked.</summary>
public class ReadmeSampleTests
{
    [Fact]
    public void Sample_ScoresTheCountyExample()
    {
        var city = new OrgUnit(new OrgUnitId("NT"), "南通市委", UnitKind.City);
        var county = new OrgUnit(new OrgUnitId("RG"), "如皋市委", UnitKind.County, city.Id);
        var tree = OrgTree.Build([city, county]);

        var rules = BuiltInRuleSets.CountyLevel2026;
        var scorer = new QuarterlyScorer(rules, tree);

        var q2 = AssessmentQuarter.Parse("2026Q2");
        var finding = new Finding("2026Q2-001", county.Id, q2, FindingSource.QuarterlyInspection, "workStyle", FindingSeverity.General, "会议记录不规范")
        {
            RectificationDeadline = new LocalDate(2026, 6, 15),
        };

        var card = scorer.Score(new ScoringInput(county.Id, q2, AsOf: new LocalDate(2026, 6, 30)) { Findings = [finding] });

        // 100 − 1 (作风建设, general finding) − 1 (rectification overdue since 06-15) = 98.0 → 好
        card.Total.Should().Be(98m);
        card.GradeName.Should().Be("好");
        card.Lines.Select(l => l.Reason.Render(MessageCatalog.Chinese)).Should().Equal("基础分100分", "作风建设：一般问题扣1分", "问题逾期未整改15天，扣1分");
    }

    [Fact]
    public void Readme_ScoringOrderSection_ListsTheLineKindsInCardOrder()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PackageReadme.md"));

        readme.Should().Contain("## Scoring order");
        var positions = new[] { "**Base**", "**Deductions**", "**Category caps**", "**Overdue rectification**", "**Floor**", "**Bonuses**", "**Rounding**", "**Grade**" }
            .Select(s => readme.IndexOf(s, StringComparison.Ordinal)).ToList();
        positions.Should().OnlyContain(p => p >= 0).And.BeInAscendingOrder();
    }
}
