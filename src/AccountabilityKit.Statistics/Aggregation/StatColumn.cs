namespace AccountabilityKit.Statistics.Aggregation;

/// <summary>A column of a <see cref="StatTable"/> with its zh-CN and English headers.</summary>
/// <param name="Key">A stable key (e.g. <c>region</c>, <c>sum:persons</c>).</param>
/// <param name="ChineseLabel">The zh-CN header.</param>
/// <param name="EnglishLabel">The English header.</param>
/// <param name="Kind">Dimension or measure.</param>
public sealed record StatColumn(string Key, string ChineseLabel, string EnglishLabel, StatColumnKind Kind)
{
    /// <summary>What the values are: text for a dimension; integer, share or ratio for a measure.</summary>
    public StatValueKind ValueKind { get; init; } = Kind == StatColumnKind.Dimension ? StatValueKind.Text : StatValueKind.WholeNumber;

    /// <summary>The number of decimals of the values: 0 for text and whole numbers, <see cref="StatMeasure.DerivedScale"/> for shares and ratios.</summary>
    public int Scale { get; init; }
}
