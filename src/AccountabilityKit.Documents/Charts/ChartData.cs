using System.Collections.Immutable;
using System.Globalization;
using AccountabilityKit.Localization;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Export;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Documents.Charts;

/// <summary>What a chart draws, read from a <see cref="StatTable"/>: categories, series and their values with display labels.</summary>
internal sealed record ChartData(
    string Title,
    ImmutableArray<string> Categories,
    ImmutableArray<string> Series,
    ImmutableArray<ImmutableArray<decimal?>> Values,
    int Scale,
    bool Chinese,
    CultureInfo Culture)
{
    /// <summary>Whether there is nothing to draw (no category, or every value absent or zero).</summary>
    public bool IsEmpty => Categories.IsEmpty || Values.All(s => s.All(v => v is null or 0m));

    /// <summary>A value as the chart labels it, in the chart's culture.</summary>
    public string Format(decimal value) =>
        value.ToString(Scale == 0 ? "#,0" : "#,0." + new string('0', Scale), Chinese ? CultureInfo.GetCultureInfo("zh-CN") : CultureInfo.InvariantCulture);

    public static ChartData From(StatTable table, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Culture);
        if (options.Width is < ChartOptions.MinSize or > ChartOptions.MaxSize || options.Height is < ChartOptions.MinSize or > ChartOptions.MaxSize)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                Catalog.Of(nameof(Messages.ChartSizeOutOfRange), ("min", ChartOptions.MinSize), ("max", ChartOptions.MaxSize), ("width", options.Width), ("height", options.Height)).Render(null));
        }

        var chinese = options.Culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var culture = options.Culture;
        var dimensions = table.Request.Dimensions;
        var measures = table.Columns.Where(c => c.Kind == StatColumnKind.Measure).ToImmutableArray();
        if (measures.IsEmpty)
        {
            throw new ChartDimensionException(Catalog.Of(nameof(Messages.ChartNoMeasure)), null);
        }

        var category = options.Category ?? (dimensions.IsEmpty ? FactField.Year : dimensions[0]);
        var categoryIndex = IndexOf(dimensions, category);
        var grouped = options.Kind == ChartKind.GroupedBars;
        int? seriesIndex = null;
        FactField? series = null;
        if (grouped)
        {
            series = options.Series
                ?? (dimensions.Any(d => d != category) ? dimensions.First(d => d != category) : category == FactField.Form ? FactField.Region : FactField.Form);
            seriesIndex = IndexOf(dimensions, series.Value);
        }

        foreach (var dimension in dimensions)
        {
            if (dimension != category && dimension != series)
            {
                throw new ChartDimensionException(Catalog.Of(nameof(Messages.ChartDimensionExtra), ("dimension", LabelledValue.Of(dimension))), dimension);
            }
        }

        // The export table's dimension cells carry the display labels of the keys; its rows are the table's rows, in order.
        var export = ExportTables.From(table);
        var labels = new Dictionary<(int Dimension, string? Key), string>();
        var rows = new List<StatRow>();
        for (var i = 0; i < table.Rows.Length; i++)
        {
            var row = table.Rows[i];
            if (row.Level != dimensions.Length || row.IsGrandTotal)
            {
                continue;
            }

            rows.Add(row);
            for (var d = 0; d < dimensions.Length; d++)
            {
                labels.TryAdd((d, row.Keys[d]), row.Keys[d] is null ? NoValue(culture) : export.Rows[i][d].Display(chinese) ?? row.Keys[d]!);
            }
        }

        var categoryKeys = rows.Select(r => r.Keys[categoryIndex]).Distinct().ToList();
        var categories = categoryKeys.Select(k => labels[(categoryIndex, k)]).ToImmutableArray();
        ImmutableArray<string> seriesLabels;
        var values = ImmutableArray.CreateBuilder<ImmutableArray<decimal?>>();
        var scale = 0;
        string title;
        if (grouped)
        {
            var seriesKeys = rows.Select(r => r.Keys[seriesIndex!.Value]).Distinct().ToList();
            seriesKeys.Sort(string.CompareOrdinal);
            seriesLabels = [.. seriesKeys.Select(k => labels[(seriesIndex!.Value, k)])];
            foreach (var s in seriesKeys)
            {
                values.Add([.. categoryKeys.Select(c => rows.FirstOrDefault(r => r.Keys[categoryIndex] == c && r.Keys[seriesIndex!.Value] == s)?.Values[0])]);
            }

            scale = measures[0].Scale;
            title = options.Title ?? Catalog.Of(
                nameof(Messages.ChartTitleGrouped),
                ("measure", Labelled(measures[0])),
                ("category", LabelledValue.Of(category)),
                ("series", LabelledValue.Of(series!.Value))).Render(culture);
        }
        else if (options.Kind == ChartKind.Bars)
        {
            seriesLabels = [.. measures.Select(m => chinese ? m.ChineseLabel : m.EnglishLabel)];
            for (var m = 0; m < measures.Length; m++)
            {
                values.Add([.. rows.Select(r => r.Values[m])]);
            }

            scale = measures.Max(m => m.Scale);
            var names = new LabelledValue(
                string.Join(",", measures.Select(m => m.Key)),
                string.Join("和", measures.Select(m => m.ChineseLabel)),
                string.Join(" and ", measures.Select(m => m.EnglishLabel)));
            title = options.Title ?? Catalog.Of(nameof(Messages.ChartTitleBars), ("measures", names), ("category", LabelledValue.Of(category))).Render(culture);
        }
        else
        {
            seriesLabels = [chinese ? measures[0].ChineseLabel : measures[0].EnglishLabel];
            values.Add([.. rows.Select(r => r.Values[0])]);
            scale = measures[0].Scale;
            title = options.Title ?? Catalog.Of(nameof(Messages.ChartTitleShares), ("measure", Labelled(measures[0])), ("category", LabelledValue.Of(category))).Render(culture);
        }

        return new ChartData(title, categories, seriesLabels, values.ToImmutable(), scale, chinese, culture);
    }

    private static LabelledValue Labelled(StatColumn column) => new(column.Key, column.ChineseLabel, column.EnglishLabel);

    private static int IndexOf(ImmutableArray<FactField> dimensions, FactField dimension)
    {
        var index = dimensions.IndexOf(dimension);
        return index >= 0
            ? index
            : throw new ChartDimensionException(Catalog.Of(nameof(Messages.ChartDimensionMissing), ("dimension", LabelledValue.Of(dimension))), dimension);
    }

    private static string NoValue(CultureInfo culture) => Catalog.Of(nameof(Messages.ChartNoValue)).Render(culture);
}
