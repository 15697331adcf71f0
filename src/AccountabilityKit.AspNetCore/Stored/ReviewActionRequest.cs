using AccountabilityKit.Checklists.Review;
using AccountabilityKit.People;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>
/// The JSON contract of one review action on a stored checklist: what is done (<c>submit</c>, <c>return</c>, <c>approve</c>),
/// by whom, and for a return its reasons (issue codes and/or words). The instant is the host's clock's, never the caller's.
/// </summary>
internal sealed record ReviewActionRequest
{
    public required ReviewAction Action { get; init; }

    public required PersonId By { get; init; }

    public IReadOnlyList<string>? IssueCodes { get; init; }

    public string? Reason { get; init; }

    /// <summary>The next review; the domain refuses an action the state does not allow and a return without a reason.</summary>
    public ChecklistReview ApplyTo(ChecklistReview review, NodaTime.IClock clock) => Action switch
    {
        ReviewAction.Submit => review.Submit(By, clock),
        ReviewAction.Return => review.Return(By, clock, IssueCodes ?? [], Reason),
        _ => review.Approve(By, clock),
    };
}
