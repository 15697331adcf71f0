using AccountabilityKit.Checklists.Queries;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using NodaTime;
using NodaTime.Testing;

namespace AccountabilityKit.Checklists.Tests.Queries;

public class ChecklistsOfYearSpecTests
{
    [Fact]
    public void ChecklistsOfYear_KeepsThatYearOrderedById()
    {
        new ChecklistsOfYearSpec(new AssessmentYear(2021)).Evaluate(SpecFixtures.Lists).Select(c => c.Id).Should().Equal("a", "c", "d");
    }
}
