using AccountabilityKit.Statistics.Aggregation;

namespace AccountabilityKit.Documents.Charts;

/// <summary>
/// Draws a <see cref="StatTable"/> as an SVG document (text kept as text, so labels can be searched and read back),
/// with ScottPlot. The same table and options give the same SVG text. A table with no rows, or with only absent or
/// zero values, gives a "no data" figure (catalogue message <c>Documents.ChartNoData</c>) rather than an exception.
/// </summary>
public static class SvgChart
{
    /// <summary>Renders <paramref name="table"/> as SVG.</summary>
    /// <param name="table">The table: grouped by the chart's category (and, for grouped bars, series) dimension only.</param>
    /// <param name="options">What to draw and how.</param>
    /// <returns>The SVG document text.</returns>
    /// <exception cref="ChartDimensionException">The table is not grouped by the dimension asked for, is grouped by one the chart does not show, or has no measure.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The width or height is outside <see cref="ChartOptions.MinSize"/>–<see cref="ChartOptions.MaxSize"/>.</exception>
    public static string Render(StatTable table, ChartOptions options)
    {
        var plot = ChartRenderer.Build(table, options);
        return SvgText.Normalize(plot.GetSvgXml(options.Width, options.Height));
    }
}
