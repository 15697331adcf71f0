using System.Collections.Immutable;
using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.Checklists.Review;

/// <summary>One entry of a review's append-only history.</summary>
/// <param name="From">The state before.</param>
/// <param name="Action">What was done.</param>
/// <param name="To">The state after.</param>
/// <param name="By">Who did it.</param>
/// <param name="At">When, from the injected clock.</param>
/// <param name="IssueCodes">Validation codes given as reasons (returns only; may be empty when <paramref name="Reason"/> is given).</param>
/// <param name="Reason">The reason in words, if any.</param>
public sealed record ReviewTransition(ReviewState From, ReviewAction Action, ReviewState To, PersonId By, Instant At, ImmutableArray<string> IssueCodes, string? Reason);
