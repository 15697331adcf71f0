using AccountabilityKit.Statistics.Aggregation;

namespace AccountabilityKit.Documents.Reports;

/// <summary>The one call from the statistics report to the charts: a PNG per table, or null for none.</summary>
internal static class ReportCharts
{
    public static byte[]? Png(StatTable table, DocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        return null; // Replaced by the Charts folder's PngChart once it is merged.
    }
}
