using System.Globalization;
using AccountabilityKit.Statistics.Aggregation;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>The JSON contract of a statistics table computed in the database: columns (key and label in the request's language) and rows (keys, values as numbers, level).</summary>
internal sealed record StatTableRecord(IReadOnlyList<StatColumnRecord> Columns, IReadOnlyList<StatRowRecord> Rows)
{
    public static StatTableRecord From(StatTable table, CultureInfo culture) =>
        new(
            [.. table.Columns.Select(c => new StatColumnRecord(c.Key, culture.TwoLetterISOLanguageName == "en" ? c.EnglishLabel : c.ChineseLabel))],
            [.. table.Rows.Select(r => new StatRowRecord([.. r.Keys], [.. r.Values], r.Level))]);
}
