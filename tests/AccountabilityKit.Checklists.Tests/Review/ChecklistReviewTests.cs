using AccountabilityKit.Localization;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.People;
using AccountabilityKit.Validation;
using NodaTime;
using NodaTime.Testing;

namespace AccountabilityKit.Checklists.Tests.Review;

public class ChecklistReviewTests
{
    private static readonly PersonId Owner = new("P1");
    private static readonly PersonId Reviewer = new("R1");
    private static readonly Instant Start = Instant.FromUtc(2021, 1, 10, 2, 0);

    [Fact]
    public void FullCycle_DraftSubmittedReturnedSubmittedApproved_KeepsEveryTransition()
    {
        var clock = new FakeClock(Start);
        var review = ChecklistReview.Start("c1");

        review = review.Submit(Owner, clock);
        clock.AdvanceDays(2);
        review = review.Return(Reviewer, clock, ["CL020", "CL029", "CL020"], "与班子成员清单雷同");
        clock.AdvanceDays(3);
        review = review.Submit(Owner, clock);
        clock.AdvanceDays(1);
        review = review.Approve(Reviewer, clock);

        review.State.Should().Be(ReviewState.Approved);
        review.ReturnCount.Should().Be(1);
        review.History.Select(t => (t.From, t.Action, t.To, t.By, t.At)).Should().Equal(
            (ReviewState.Draft, ReviewAction.Submit, ReviewState.Submitted, Owner, Start),
            (ReviewState.Submitted, ReviewAction.Return, ReviewState.Returned, Reviewer, Start + Duration.FromDays(2)),
            (ReviewState.Returned, ReviewAction.Submit, ReviewState.Submitted, Owner, Start + Duration.FromDays(5)),
            (ReviewState.Submitted, ReviewAction.Approve, ReviewState.Approved, Reviewer, Start + Duration.FromDays(6)));
        review.History[1].IssueCodes.Should().Equal("CL020", "CL029");
        review.History[1].Reason.Should().Be("与班子成员清单雷同");
    }

    [Fact]
    public void Actions_AreAppendOnly_TheEarlierReviewIsUnchanged()
    {
        var clock = new FakeClock(Start);
        var draft = ChecklistReview.Start("c1");

        var submitted = draft.Submit(Owner, clock);

        draft.State.Should().Be(ReviewState.Draft);
        draft.History.Should().BeEmpty();
        submitted.History.Should().ContainSingle();
        submitted.ChecklistId.Should().Be("c1");
    }

    [Theory]
    [InlineData(ReviewState.Draft, ReviewAction.Approve)]
    [InlineData(ReviewState.Draft, ReviewAction.Return)]
    [InlineData(ReviewState.Submitted, ReviewAction.Submit)]
    [InlineData(ReviewState.Returned, ReviewAction.Approve)]
    [InlineData(ReviewState.Returned, ReviewAction.Return)]
    [InlineData(ReviewState.Approved, ReviewAction.Submit)]
    [InlineData(ReviewState.Approved, ReviewAction.Return)]
    [InlineData(ReviewState.Approved, ReviewAction.Approve)]
    public void IllegalTransition_ThrowsNamingStateAndAction(ReviewState state, ReviewAction action)
    {
        var clock = new FakeClock(Start);
        var review = InState(state, clock);

        var act = () => Do(review, action, clock);

        var error = act.Should().Throw<IllegalReviewTransitionException>().Which;
        error.State.Should().Be(state);
        error.Action.Should().Be(action);
        error.Text.Id.Should().Be("Checklists.IllegalReviewTransition");
        error.Text["state"]!.Value.Value.Should().Be(LabelledValue.Of(state));
        error.Text["action"]!.Value.Value.Should().Be(LabelledValue.Of(action));
        error.Text.Render(MessageCatalog.English).Should().Contain(Labels.Of(state, "en")).And.Contain(Labels.Of(action, "en"));
        error.Text.Render(MessageCatalog.Chinese).Should().Contain(Labels.Of(state, "zh-CN")).And.Contain(Labels.Of(action, "zh-CN"));
        error.Message.Should().Be(error.Text.Render(null), "the exception's message is the catalogue message in the current UI culture");
        review.History.Should().HaveCount(review.History.Length, "a refused action changes nothing");
    }

    [Fact]
    public void Return_WithoutAnyReason_ReportsCL050()
    {
        var clock = new FakeClock(Start);
        var submitted = ChecklistReview.Start("c1").Submit(Owner, clock);

        var act = () => submitted.Return(Reviewer, clock, [" "], "  ");

        act.Should().Throw<ValidationFailedException>().Which.Report.Issues.Should().ContainSingle(i => i.Code == "CL050" && i.Path == "reason");
    }

    [Fact]
    public void Return_WithOnlyText_OrOnlyCodes_IsAccepted()
    {
        var clock = new FakeClock(Start);
        var submitted = ChecklistReview.Start("c1").Submit(Owner, clock);

        submitted.Return(Reviewer, clock, [], "措施不具体").History[^1].IssueCodes.Should().BeEmpty();
        submitted.Return(Reviewer, clock, ["CL023"], null).History[^1].Reason.Should().BeNull();
    }

    private static ChecklistReview InState(ReviewState state, IClock clock)
    {
        var review = ChecklistReview.Start("c1");
        return state switch
        {
            ReviewState.Draft => review,
            ReviewState.Submitted => review.Submit(Owner, clock),
            ReviewState.Returned => review.Submit(Owner, clock).Return(Reviewer, clock, ["CL022"], null),
            _ => review.Submit(Owner, clock).Approve(Reviewer, clock),
        };
    }

    private static ChecklistReview Do(ChecklistReview review, ReviewAction action, IClock clock) => action switch
    {
        ReviewAction.Submit => review.Submit(Owner, clock),
        ReviewAction.Return => review.Return(Reviewer, clock, ["CL022"], "理由"),
        _ => review.Approve(Reviewer, clock),
    };
}
