using System.Collections.Immutable;
using AccountabilityKit.People;
using AccountabilityKit.Validation;
using NodaTime;
using Codes = AccountabilityKit.Checklists.ChecklistsIssueCodes;

namespace AccountabilityKit.Checklists.Review;

/// <summary>
/// The review of one checklist: Draft → Submitted → Returned (with at least one reason) → Submitted → Approved.
/// Immutable: every action returns a new review whose history is the old one plus one entry (append-only); the time of
/// each entry comes from the injected <see cref="IClock"/>.
/// </summary>
public sealed class ChecklistReview
{
    private ChecklistReview(string checklistId, ReviewState state, ImmutableArray<ReviewTransition> history)
    {
        ChecklistId = checklistId;
        State = state;
        History = history;
    }

    /// <summary>The checklist under review.</summary>
    public string ChecklistId { get; }

    /// <summary>The current state.</summary>
    public ReviewState State { get; }

    /// <summary>Every transition so far, oldest first.</summary>
    public ImmutableArray<ReviewTransition> History { get; }

    /// <summary>How many times the checklist was returned.</summary>
    public int ReturnCount => History.Count(static t => t.Action == ReviewAction.Return);

    /// <summary>A new review in <see cref="ReviewState.Draft"/>.</summary>
    /// <param name="checklistId">The checklist id.</param>
    public static ChecklistReview Start(string checklistId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checklistId);
        return new ChecklistReview(checklistId, ReviewState.Draft, []);
    }

    /// <summary>The owner submits the checklist (from draft, or after a return).</summary>
    /// <param name="by">Who submits.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="IllegalReviewTransitionException">The checklist is submitted or approved already.</exception>
    public ChecklistReview Submit(PersonId by, IClock clock) =>
        Apply(ReviewAction.Submit, State is ReviewState.Draft or ReviewState.Returned, ReviewState.Submitted, by, clock, [], null);

    /// <summary>The reviewer returns the checklist for revision (退回修订).</summary>
    /// <param name="by">Who returns it.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="issueCodes">Validation codes as reasons, e.g. from <c>ChecklistValidator</c> or near-duplicate detection.</param>
    /// <param name="reason">The reason in words.</param>
    /// <exception cref="IllegalReviewTransitionException">The checklist is not submitted.</exception>
    /// <exception cref="ValidationFailedException">No reason was given (<c>CL050</c>).</exception>
    public ChecklistReview Return(PersonId by, IClock clock, IEnumerable<string> issueCodes, string? reason)
    {
        ArgumentNullException.ThrowIfNull(issueCodes);
        ImmutableArray<string> codes = [.. issueCodes.Where(static c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.Ordinal)];
        if (State == ReviewState.Submitted && codes.IsEmpty && string.IsNullOrWhiteSpace(reason))
        {
            throw new ValidationFailedException(ValidationIssue.Error(Codes.ReturnWithoutReason, nameof(reason), Catalog.Of(nameof(Messages.ReturnWithoutReason))));
        }

        return Apply(ReviewAction.Return, State == ReviewState.Submitted, ReviewState.Returned, by, clock, codes, string.IsNullOrWhiteSpace(reason) ? null : reason);
    }

    /// <summary>The reviewer approves the checklist.</summary>
    /// <param name="by">Who approves.</param>
    /// <param name="clock">The clock.</param>
    /// <exception cref="IllegalReviewTransitionException">The checklist is not submitted.</exception>
    public ChecklistReview Approve(PersonId by, IClock clock) =>
        Apply(ReviewAction.Approve, State == ReviewState.Submitted, ReviewState.Approved, by, clock, [], null);

    private ChecklistReview Apply(ReviewAction action, bool allowed, ReviewState to, PersonId by, IClock clock, ImmutableArray<string> codes, string? reason)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (!allowed)
        {
            throw new IllegalReviewTransitionException(State, action);
        }

        var transition = new ReviewTransition(State, action, to, by, clock.GetCurrentInstant(), codes, reason);
        return new ChecklistReview(ChecklistId, to, History.Add(transition));
    }
}
