using AccountabilityKit.Checklists.Queries;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using NodaTime;
using NodaTime.Testing;

namespace AccountabilityKit.Checklists.Tests.Queries;

public class ChecklistsInScopeSpecTests
{
    [Fact]
    public void ChecklistsInScope_KeepsTheSubtree()
    {
        var spec = new ChecklistsInScopeSpec(DataScope.Subtree(SpecFixtures.Tree, new OrgUnitId("RG")));

        spec.Evaluate(SpecFixtures.Lists).Select(c => c.Id).Should().Equal("a", "b");
    }
}
