namespace AccountabilityKit.Checklists.Review;

/// <summary>Thrown when an action is not allowed in the review's current state (e.g. approving a draft).</summary>
public sealed class IllegalReviewTransitionException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="state">The current state.</param>
    /// <param name="action">The refused action.</param>
    public IllegalReviewTransitionException(ReviewState state, ReviewAction action)
        : base($"A checklist in state {state} cannot be given the action {action}.")
    {
        State = state;
        Action = action;
    }

    /// <summary>The state the review was in.</summary>
    public ReviewState State { get; }

    /// <summary>The action that was refused.</summary>
    public ReviewAction Action { get; }
}
