using AccountabilityKit.Statistics.Aggregation;
using ScottPlot;

namespace AccountabilityKit.Documents.Charts;

/// <summary>
/// Draws a <see cref="StatTable"/> as a PNG image of <see cref="ChartOptions.Width"/> × <see cref="ChartOptions.Height"/>
/// pixels, the same figure as <see cref="SvgChart"/> (for embedding in Word documents). An empty table gives a
/// "no data" figure, not an exception.
/// </summary>
public static class PngChart
{
    /// <summary>Renders <paramref name="table"/> as PNG.</summary>
    /// <param name="table">The table: grouped by the chart's category (and, for grouped bars, series) dimension only.</param>
    /// <param name="options">What to draw and how.</param>
    /// <returns>The PNG file's bytes.</returns>
    /// <exception cref="ChartDimensionException">The table is not grouped by the dimension asked for, is grouped by one the chart does not show, or has no measure.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The width or height is outside <see cref="ChartOptions.MinSize"/>–<see cref="ChartOptions.MaxSize"/>.</exception>
    public static byte[] Render(StatTable table, ChartOptions options)
    {
        var plot = ChartRenderer.Build(table, options);
        return plot.GetImageBytes(options.Width, options.Height, ImageFormat.Png);
    }
}
