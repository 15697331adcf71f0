using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Queries;
using AccountabilityKit.Organization;
using CsCheck;
using NodaTime;
using static AccountabilityKit.Assessment.Tests.TestSupport.Fixtures;

namespace AccountabilityKit.Assessment.Tests.Findings;

public class FindingSpecsTests
{
    [Fact]
    public void FindingsInScopeSpec_KeepsTheScopeAndQuarter_SeriousFirst()
    {
        var findings = new[]
        {
            Finding("a", "political", FindingSeverity.Minor),
            Finding("b", "political", FindingSeverity.Serious, unit: TownA1),
            Finding("c", "political", FindingSeverity.Serious, unit: CountyB),
            Finding("d", "political", FindingSeverity.General, quarter: Q2.Next()),
        };

        var result = new FindingsInScopeSpec(DataScope.Subtree(Tree, CountyA), Q2).Evaluate(findings);

        result.Select(f => f.Id).Should().Equal("b", "a");
    }

    [Fact]
    public void OverdueFindingsSpec_MatchesRectificationAtOverdue()
    {
        var start = new LocalDate(2026, 4, 1);
        Gen.Select(Gen.Int[-1, 60], Gen.Int[-1, 60]).List[0, 30].Select(Gen.Int[0, 90]).Sample(pair =>
        {
            var (shapes, asOfDays) = pair;
            var asOf = start.PlusDays(asOfDays);
            var findings = shapes.Select((s, i) => Finding($"f{i:D2}", "political", FindingSeverity.Minor) with
            {
                RectificationDeadline = s.Item1 < 0 ? null : start.PlusDays(s.Item1),
                RectifiedOn = s.Item2 < 0 ? null : start.PlusDays(s.Item2),
            }).ToList();

            var result = new OverdueFindingsSpec(asOf).Evaluate(findings).ToList();

            result.Select(f => f.Id).Should().BeEquivalentTo(findings.Where(f => f.RectificationAt(asOf).Status == RectificationStatus.Overdue).Select(f => f.Id));
            result.Select(f => f.RectificationDeadline!.Value).Should().BeInAscendingOrder();
        });
    }
}
