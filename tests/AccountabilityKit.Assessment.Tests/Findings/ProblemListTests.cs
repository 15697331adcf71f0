using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Tests.TestSupport;
using AccountabilityKit.Organization;
using static AccountabilityKit.Assessment.Tests.TestSupport.Fixtures;

namespace AccountabilityKit.Assessment.Tests.Findings;

public class ProblemListTests
{
    [Fact]
    public void For_SelectsUnitSubtreeAndQuarter_OrderedBySeverityThenId()
    {
        var findings = new[]
        {
            Finding("b", "political", FindingSeverity.Minor),
            Finding("c", "political", FindingSeverity.Serious, unit: TownA1),
            Finding("a", "political", FindingSeverity.Minor),
            Finding("d", "political", FindingSeverity.General),
            Finding("other-unit", "political", FindingSeverity.Serious, unit: CountyB),
            Finding("other-quarter", "political", FindingSeverity.Serious, quarter: Q2.Next()),
        };

        var list = ProblemList.For(Tree, CountyA, Q2, findings);

        list.Findings.Select(f => f.Id).Should().Equal("c", "d", "a", "b");
        list.Unit.Should().Be(CountyA);
        list.Quarter.Should().Be(Q2);
    }

    [Fact]
    public void For_UnknownUnit_ThrowsWithCode()
    {
        var act = () => { ProblemList.For(Tree, new OrgUnitId("XX"), Q2, []); };

        act.ShouldFailValidation().ShouldHaveExactly((AssessmentIssueCodes.UnknownUnit, "$.unit"));
    }
}
