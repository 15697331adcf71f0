using System.Collections.Immutable;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Statistics.Aggregation;

/// <summary>
/// One GROUP BY a request needs: the first <paramref name="Level"/> dimensions of the request. The finest level is
/// the number of dimensions; a rollup adds one grouping set per shorter prefix; level 0 is the grand total. Each is a
/// separate aggregation because distinct counts cannot be summed from finer groups.
/// </summary>
/// <param name="Level">How many leading dimensions are grouped by (0: the grand total).</param>
/// <param name="Dimensions">Those dimensions.</param>
public sealed record StatGroupingSet(int Level, ImmutableArray<FactField> Dimensions)
{
    /// <summary>Whether this is the grand total (no dimension).</summary>
    public bool IsGrandTotal => Level == 0;
}
