namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>One row of a statistics table: the dimension keys (null above the row's level), the measures, and the level (0 = grand total).</summary>
internal sealed record StatRowRecord(IReadOnlyList<string?> Keys, IReadOnlyList<decimal?> Values, int Level);
