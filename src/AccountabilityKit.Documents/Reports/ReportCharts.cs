using AccountabilityKit.Documents.Charts;
using AccountabilityKit.Statistics.Aggregation;

namespace AccountabilityKit.Documents.Reports;

/// <summary>The one call from the statistics report to the charts: a PNG per table of one or two dimensions and at least one measure, or null for none.</summary>
internal static class ReportCharts
{
    public static byte[]? Png(StatTable table, DocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        var dimensions = table.Request.Dimensions.Length;
        if (dimensions is < 1 or > 2 || table.Request.Measures.IsEmpty)
        {
            return null;
        }

        return PngChart.Render(table, new ChartOptions
        {
            Kind = dimensions == 1 ? ChartKind.Bars : ChartKind.GroupedBars,
            Culture = options.Culture,
            Width = 1200,
            Height = 720,
        });
    }
}
