namespace AccountabilityKit.Statistics.Aggregation;

/// <summary>
/// Keeps only the <paramref name="Count"/> finest-level groups with the largest value of one measure of the request
/// (an absent value ranks last; ties are broken by the group keys in ascending order). Subtotals and the grand total
/// are still computed over all groups, so they do not add up to the kept groups alone.
/// </summary>
/// <param name="MeasureKey">The <see cref="StatMeasure.Key"/> of a measure of the request, e.g. <c>sum:persons</c>.</param>
/// <param name="Count">How many groups to keep (at least 1).</param>
public sealed record StatTopN(string MeasureKey, int Count);
