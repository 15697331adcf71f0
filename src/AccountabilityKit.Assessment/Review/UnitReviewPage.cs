using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.FollowUp;

namespace AccountabilityKit.Assessment.Review;

/// <summary>One unit's page of the review-meeting pack: its problem list and follow-up actions.</summary>
/// <param name="ProblemList">The problem list handed to the unit's head.</param>
/// <param name="Actions">The follow-up actions for the unit (and its subordinate units).</param>
public sealed record UnitReviewPage(ProblemList ProblemList, IReadOnlyList<FollowUpAction> Actions);
