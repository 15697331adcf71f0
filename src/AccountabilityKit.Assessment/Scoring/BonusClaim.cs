namespace AccountabilityKit.Assessment.Scoring;

/// <summary>A claim for a bonus item (加分) in a quarter.</summary>
/// <param name="BonusId">The rule set's bonus id.</param>
/// <param name="Count">How many occurrences (at least 1).</param>
/// <param name="Note">What earned it (shown in the score line's reason).</param>
public sealed record BonusClaim(string BonusId, int Count = 1, string? Note = null);
