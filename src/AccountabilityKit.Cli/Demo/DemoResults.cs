using AccountabilityKit.Assessment.FollowUp;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Cli.Demo;

/// <summary>What the demo computed from the city: reviews, score cards, follow-up actions and statistics facts.</summary>
internal sealed record DemoResults(
    IReadOnlyList<ChecklistReview> Reviews,
    IReadOnlyList<ScoreCard> Cards,
    IReadOnlyList<FollowUpAction> Actions,
    IReadOnlyList<AccountabilityFact> Facts);
