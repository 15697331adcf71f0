namespace AccountabilityKit.Statistics.Export;

/// <summary>A column of an <see cref="ExportTable"/>.</summary>
/// <param name="Key">A stable key (camelCase, e.g. <c>personTimes</c>, <c>sum:persons</c>); the JSON property of its values.</param>
/// <param name="ChineseLabel">The zh-CN header.</param>
/// <param name="EnglishLabel">The English header.</param>
/// <param name="Kind">The type of its values.</param>
public sealed record ExportColumn(string Key, string ChineseLabel, string EnglishLabel, ExportValueKind Kind)
{
    /// <summary>What a spreadsheet shows for a missing value (e.g. "n/a" for a year-over-year percent against 0); JSON writes <c>null</c>.</summary>
    public string MissingText { get; init; } = string.Empty;
}
