using AccountabilityKit.Checklists.Queries;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using NodaTime;
using NodaTime.Testing;

namespace AccountabilityKit.Checklists.Tests.Queries;

public class ChecklistsWithOverdueMilestonesSpecTests
{
    [Fact]
    public void ChecklistsWithOverdueMilestones_UsesDueDateAndCompletion()
    {
        new ChecklistsWithOverdueMilestonesSpec(new LocalDate(2021, 7, 1)).Evaluate(SpecFixtures.Lists).Select(c => c.Id).Should().Equal("a", "d");
        new ChecklistsWithOverdueMilestonesSpec(new LocalDate(2021, 7, 10)).Evaluate(SpecFixtures.Lists).Select(c => c.Id).Should().Equal("a");
        new ChecklistsWithOverdueMilestonesSpec(new LocalDate(2021, 6, 30)).Evaluate(SpecFixtures.Lists).Should().BeEmpty();
    }
}
