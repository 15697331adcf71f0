using System.Collections.Immutable;
using System.Globalization;

namespace AccountabilityKit.Statistics.Aggregation;

/// <summary>A row of a <see cref="StatTable"/>: one group, a rollup subtotal, or the grand total.</summary>
/// <param name="Keys">The dimension values in request order (canonical texts); the dimensions beyond <paramref name="Level"/> are <see langword="null"/> (all of them on the grand total).</param>
/// <param name="Values">The measure values in request order: whole numbers for count/sum/distinct count/min/max, fractions with <see cref="StatMeasure.DerivedScale"/> decimals for shares and ratios; absent for a min/max over no rows or a division by zero.</param>
/// <param name="Level">How many leading dimensions the row is grouped by: the number of dimensions for a finest group, fewer for a rollup subtotal, 0 for the grand total.</param>
public sealed record StatRow(ImmutableArray<string?> Keys, ImmutableArray<decimal?> Values, int Level)
{
    /// <summary>Whether this is the grand-total row (level 0).</summary>
    public bool IsGrandTotal => Level == 0;

    /// <summary>Whether this is a rollup subtotal (grouped by some but not all dimensions).</summary>
    public bool IsSubtotal => Level > 0 && Level < Keys.Length;

    /// <summary>The value of the measure at <paramref name="index"/>.</summary>
    /// <param name="index">A measure index.</param>
    public decimal? this[int index] => Values[index];

    /// <summary>A text form for diagnostics and comparisons, e.g. <c>r1|2021|Admonishment =&gt; 3,2</c>; a subtotal starts with <c>SUBTOTAL1</c> (its level).</summary>
    public override string ToString() =>
        $"{(IsGrandTotal ? "TOTAL " : IsSubtotal ? $"SUBTOTAL{Level} " : string.Empty)}{string.Join('|', Keys.Select(k => k ?? "∅"))} => {string.Join(',', Values.Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? "∅"))}";
}
