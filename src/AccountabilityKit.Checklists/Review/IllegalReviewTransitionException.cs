using AccountabilityKit.Localization;

namespace AccountabilityKit.Checklists.Review;

/// <summary>
/// Thrown when an action is not allowed in the review's current state (e.g. approving a draft). Its message is
/// <see cref="Text"/> rendered in the current UI culture (zh-CN unless it is an English culture).
/// </summary>
public sealed class IllegalReviewTransitionException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="state">The current state.</param>
    /// <param name="action">The refused action.</param>
    public IllegalReviewTransitionException(ReviewState state, ReviewAction action)
        : this(state, action, Catalog.Of(nameof(Messages.IllegalReviewTransition), MessageArgument.Of("state", state), MessageArgument.Of("action", action)))
    {
    }

    private IllegalReviewTransitionException(ReviewState state, ReviewAction action, Message text)
        : base(text.Render(null))
    {
        State = state;
        Action = action;
        Text = text;
    }

    /// <summary>The state the review was in.</summary>
    public ReviewState State { get; }

    /// <summary>The action that was refused.</summary>
    public ReviewAction Action { get; }

    /// <summary>Why, as a catalogue message (<c>Checklists.IllegalReviewTransition</c>) with the state and action as arguments.</summary>
    public Message Text { get; }
}
