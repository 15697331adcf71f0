using System.Globalization;
using AccountabilityKit.Statistics.Aggregation;
using ScottPlot;

namespace AccountabilityKit.Documents.Charts;

/// <summary>Builds the ScottPlot figure of a <see cref="ChartData"/>; the one place that knows ScottPlot.</summary>
internal static class ChartRenderer
{
    private static readonly Color[] Palette =
    [
        Color.FromHex("#C0392B"), Color.FromHex("#2E6DB4"), Color.FromHex("#E08E0B"), Color.FromHex("#3C8D5A"),
        Color.FromHex("#7D5BA6"), Color.FromHex("#8C6D46"), Color.FromHex("#D45D9E"), Color.FromHex("#5F7A8A"),
    ];

    public static Plot Build(StatTable table, ChartOptions options)
    {
        var data = ChartData.From(table, options);
        var family = ChartFonts.Resolve(options.FontFamily);

        // ScottPlot draws some labels (e.g. bar values) with its process-wide default family; set it too, so every
        // text of the figure is in the one family and the output does not depend on an earlier figure.
        Fonts.Default = family;
        var plot = new Plot();
        plot.Title(data.Title, size: 18);
        if (data.IsEmpty)
        {
            NoData(plot, data);
        }
        else
        {
            switch (options.Kind)
            {
                case ChartKind.Pie:
                    Pie(plot, data);
                    break;
                case ChartKind.StackedShares:
                    StackedShares(plot, data);
                    break;
                default:
                    GroupedBars(plot, data);
                    break;
            }
        }

        plot.Font.Set(family);
        return plot;
    }

    private static Color ColorOf(int index) => Palette[index % Palette.Length];

    private static void NoData(Plot plot, ChartData data)
    {
        var text = plot.Add.Text(Catalog.Of(nameof(Messages.ChartNoData)).Render(data.Culture), 0, 0);
        text.LabelFontSize = 28;
        text.LabelFontColor = Colors.Gray;
        text.LabelAlignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(-1, 1, -1, 1);
        plot.Axes.Frameless();
        plot.Axes.Title.IsVisible = true;
        plot.HideGrid();
    }

    /// <summary>Bars per category, one per series side by side (a single series is a plain bar chart).</summary>
    private static void GroupedBars(Plot plot, ChartData data)
    {
        var seriesCount = data.Series.Length;
        var width = 0.8 / seriesCount;
        var bars = new List<Bar>();
        for (var s = 0; s < seriesCount; s++)
        {
            for (var c = 0; c < data.Categories.Length; c++)
            {
                var value = data.Values[s][c];
                bars.Add(new Bar
                {
                    Position = c - 0.4 + (width * (s + 0.5)),
                    Value = (double)(value ?? 0m),
                    Size = width * 0.92,
                    FillColor = ColorOf(s),
                    LineWidth = 0,
                    Label = value is { } v ? data.Format(v) : string.Empty,
                });
            }
        }

        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontSize = seriesCount > 3 ? 10 : 12;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, data.Categories.Length).Select(i => (double)i)], [.. data.Categories]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.HideGrid();
        plot.Grid.YAxisStyle.IsVisible = true;
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.12);
        if (seriesCount > 1)
        {
            for (var s = 0; s < seriesCount; s++)
            {
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = data.Series[s], FillColor = ColorOf(s) });
            }

            plot.Legend.Alignment = Alignment.UpperRight;
            plot.Legend.IsVisible = true;
        }
    }

    private static void Pie(Plot plot, ChartData data)
    {
        var total = data.Values[0].Sum(v => v ?? 0m);
        var slices = new List<PieSlice>();
        for (var c = 0; c < data.Categories.Length; c++)
        {
            var value = data.Values[0][c] ?? 0m;
            if (value <= 0m)
            {
                continue;
            }

            slices.Add(new PieSlice
            {
                Value = (double)value,
                FillColor = ColorOf(c),
                Label = $"{data.Format(value)}（{Percent(value, total)}）",
                LegendText = data.Categories[c],
            });
        }

        var pie = plot.Add.Pie(slices);
        pie.SliceLabelDistance = 1.25;
        pie.LineColor = Colors.White;
        pie.LineWidth = 1;
        plot.Axes.Frameless();
        plot.Axes.Title.IsVisible = true;
        plot.HideGrid();
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = Alignment.UpperRight;
    }

    private static void StackedShares(Plot plot, ChartData data)
    {
        var total = data.Values[0].Sum(v => v ?? 0m);
        var bars = new List<Bar>();
        var start = 0m;
        for (var c = 0; c < data.Categories.Length; c++)
        {
            var value = data.Values[0][c] ?? 0m;
            if (value <= 0m)
            {
                continue;
            }

            var share = value / total * 100m;
            bars.Add(new Bar
            {
                Position = 0,
                ValueBase = (double)start,
                Value = (double)(start + share),
                Size = 0.6,
                FillColor = ColorOf(c),
                LineWidth = 0,
                Label = Percent(value, total),
                CenterLabel = true,
            });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{data.Categories[c]} {data.Format(value)}", FillColor = ColorOf(c) });
            start += share;
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.ForeColor = Colors.White;
        plottable.ValueLabelStyle.FontSize = 14;
        plot.Axes.SetLimits(0, 100, -0.6, 1.0);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0d], [data.Series[0]]);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [0d, 25d, 50d, 75d, 100d], ["0%", "25%", "50%", "75%", "100%"]);
        plot.HideGrid();
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = Alignment.UpperCenter;
        plot.Legend.Orientation = Orientation.Horizontal;
    }

    private static string Percent(decimal value, decimal total) =>
        (value / total).ToString("0.0%", CultureInfo.InvariantCulture);
}
