using AccountabilityKit.Assessment.Findings;

namespace AccountabilityKit.Assessment.Review;

/// <summary>The number of findings of one category and severity across the units of a review meeting.</summary>
/// <param name="CategoryCode">The category code.</param>
/// <param name="Severity">The severity.</param>
/// <param name="Count">How many findings.</param>
public sealed record FindingCount(string CategoryCode, FindingSeverity Severity, int Count);
