using System.Collections.Immutable;

namespace AccountabilityKit.Statistics.Aggregation;

/// <summary>A row of a <see cref="StatTable"/>: one group, or the grand total.</summary>
/// <param name="Keys">The dimension values in request order (canonical texts; all <see langword="null"/> on the grand total).</param>
/// <param name="Values">The measure values in request order; a min/max over no rows is <see langword="null"/>.</param>
/// <param name="IsGrandTotal">Whether this is the grand-total row.</param>
public sealed record StatRow(ImmutableArray<string?> Keys, ImmutableArray<long?> Values, bool IsGrandTotal)
{
    /// <summary>The value of the measure at <paramref name="index"/>.</summary>
    /// <param name="index">A measure index.</param>
    public long? this[int index] => Values[index];

    /// <summary>A text form for diagnostics and comparisons, e.g. <c>r1|2021|Admonishment =&gt; 3,2</c>.</summary>
    public override string ToString() =>
        $"{(IsGrandTotal ? "TOTAL " : string.Empty)}{string.Join('|', Keys.Select(k => k ?? "∅"))} => {string.Join(',', Values.Select(v => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "∅"))}";
}
