using AccountabilityKit.Statistics.Aggregation;

namespace AccountabilityKit.Statistics.Reports;

/// <summary>
/// The one place reports read measure values from a <see cref="StatRow"/> (today <c>long?</c>); when the engine's value
/// type changes, only this helper changes.
/// </summary>
internal static class StatValues
{
    /// <summary>The count at <paramref name="measure"/> as an <see cref="int"/> (absent: 0; overflow throws).</summary>
    public static int Count(StatRow? row, int measure) => row is null ? 0 : checked((int)(row.Values[measure] ?? 0));
}
