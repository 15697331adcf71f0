using AccountabilityKit.Checklists.Review;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>The JSON contract of a stored checklist review: the checklist, the current state, how often it was returned and every transition, oldest first.</summary>
internal sealed record ChecklistReviewRecord(string ChecklistId, ReviewState State, int ReturnCount, IReadOnlyList<ReviewTransitionRecord> History)
{
    public static ChecklistReviewRecord From(ChecklistReview review) =>
        new(review.ChecklistId, review.State, review.ReturnCount, [.. review.History.Select((t, i) => ReviewTransitionRecord.Of(t, i + 1))]);
}
