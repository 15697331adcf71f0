using System.Collections.Immutable;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Statistics.Aggregation;

/// <summary>Keeps the rows whose <paramref name="Field"/> has one of <paramref name="Values"/> (canonical texts, see <see cref="FactValues"/>; <see langword="null"/> matches an absent value).</summary>
/// <param name="Field">A dimension.</param>
/// <param name="Values">The accepted values.</param>
public sealed record DimensionFilter(FactField Field, ImmutableArray<string?> Values);
