using System.Collections.Immutable;

namespace AccountabilityKit.Statistics.Aggregation;

/// <summary>
/// Turns the base aggregates of each grouping set (computed by any engine) into the result table: derives shares of
/// the total and ratios, pads subtotal keys, adds an empty grand total when no row was kept, applies the top-N cut and
/// orders the rows. Every execution path ends here, so derived values are computed and rounded the same way everywhere.
/// </summary>
internal static class StatTableAssembler
{
    /// <summary>The base aggregates of one group of one grouping set.</summary>
    /// <param name="Level">The grouping set's level.</param>
    /// <param name="Keys">The group's canonical key texts, one per grouped dimension (length <paramref name="Level"/>).</param>
    /// <param name="Values">The values of <see cref="StatRequest.BaseMeasures"/>, in that order.</param>
    internal readonly record struct Group(int Level, IReadOnlyList<string?> Keys, long?[] Values);

    /// <summary>The base aggregates over no rows: counts, sums and distinct counts 0, minimum and maximum absent.</summary>
    public static long?[] EmptyValues(ImmutableArray<StatMeasure> bases) =>
        [.. bases.Select(m => m.Kind is AggregateKind.Min or AggregateKind.Max ? null : (long?)0)];

    public static StatTable Assemble(StatRequest request, IEnumerable<Group> groups)
    {
        var bases = request.BaseMeasures();
        var index = new Dictionary<StatMeasure, int>();
        for (var i = 0; i < bases.Length; i++)
        {
            index[bases[i]] = i;
        }

        var all = groups.ToList();
        var total = all.FirstOrDefault(g => g.Level == 0).Values ?? EmptyValues(bases);
        var dimensionCount = request.Dimensions.Length;
        var rows = new List<StatRow>(all.Count + 1);
        foreach (var group in all)
        {
            if (group.Level > 0)
            {
                rows.Add(Row(request, index, group.Level, group.Keys, group.Values, total));
            }
        }

        if (request.ShowsGrandTotal)
        {
            rows.Add(Row(request, index, 0, [], total, total));
        }

        if (request.Top is { } top && dimensionCount > 0)
        {
            var measure = request.Measures.IndexOf(request.Measures.First(m => m.Key == top.MeasureKey));
            var kept = rows
                .Where(r => r.Level == dimensionCount)
                .OrderByDescending(r => r[measure].HasValue)
                .ThenByDescending(r => r[measure])
                .ThenBy(r => r, StatTable.KeyOrder.Instance)
                .Take(top.Count)
                .ToHashSet(ReferenceEqualityComparer.Instance);
            rows.RemoveAll(r => r.Level == dimensionCount && !kept.Contains(r));
        }

        return new StatTable(request, rows);
    }

    private static StatRow Row(StatRequest request, Dictionary<StatMeasure, int> index, int level, IReadOnlyList<string?> keys, long?[] values, long?[] total)
    {
        var padded = new string?[request.Dimensions.Length];
        for (var i = 0; i < level; i++)
        {
            padded[i] = keys[i];
        }

        var measures = new decimal?[request.Measures.Length];
        for (var m = 0; m < measures.Length; m++)
        {
            var measure = request.Measures[m];
            measures[m] = measure.Kind switch
            {
                AggregateKind.ShareOfTotal => Divide(values[index[measure.Numerator!]], total[index[measure.Numerator!]]),
                AggregateKind.Ratio => Divide(values[index[measure.Numerator!]], values[index[measure.Denominator!]]),
                _ => values[index[measure]],
            };
        }

        return new StatRow([.. padded], [.. measures], level);
    }

    /// <summary>
    /// <paramref name="numerator"/> / <paramref name="denominator"/> rounded to <see cref="StatMeasure.DerivedScale"/>
    /// decimals, half to even, and always carrying that scale (0.5 is 0.5000); absent for an absent operand or a zero denominator.
    /// </summary>
    private static decimal? Divide(long? numerator, long? denominator) =>
        numerator is { } n && denominator is { } d && d != 0
            ? Math.Round((decimal)n / d, StatMeasure.DerivedScale, MidpointRounding.ToEven) + 0.0000m
            : null;
}
