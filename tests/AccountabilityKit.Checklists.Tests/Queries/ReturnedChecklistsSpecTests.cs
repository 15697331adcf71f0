using AccountabilityKit.Checklists.Queries;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using NodaTime;
using NodaTime.Testing;

namespace AccountabilityKit.Checklists.Tests.Queries;

public class ReturnedChecklistsSpecTests
{
    [Fact]
    public void ReturnedChecklists_KeepsReviewsInReturnedState()
    {
        var clock = new FakeClock(Instant.FromUtc(2021, 1, 10, 0, 0));
        var owner = new PersonId("P");
        var reviewer = new PersonId("R");
        ChecklistReview[] reviews =
        [
            ChecklistReview.Start("z").Submit(owner, clock).Return(reviewer, clock, ["CL029"], null),
            ChecklistReview.Start("y"),
            ChecklistReview.Start("x").Submit(owner, clock).Return(reviewer, clock, [], "雷同"),
            ChecklistReview.Start("w").Submit(owner, clock).Return(reviewer, clock, [], "雷同").Submit(owner, clock),
        ];

        new ReturnedChecklistsSpec().Evaluate(reviews).Select(r => r.ChecklistId).Should().Equal("x", "z");
    }
}
