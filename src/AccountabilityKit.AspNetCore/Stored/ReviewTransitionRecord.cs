using System.Collections.Immutable;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>The JSON contract of one transition of a checklist review: its place in the history (from 1) and the transition's own fields.</summary>
internal sealed record ReviewTransitionRecord(int Sequence, ReviewState From, ReviewAction Action, ReviewState To, PersonId By, Instant At, IReadOnlyList<string> IssueCodes, string? Reason)
{
    public static ReviewTransitionRecord Of(ReviewTransition transition, int sequence) =>
        new(sequence, transition.From, transition.Action, transition.To, transition.By, transition.At, transition.IssueCodes.IsDefault ? ImmutableArray<string>.Empty : transition.IssueCodes, transition.Reason);
}
