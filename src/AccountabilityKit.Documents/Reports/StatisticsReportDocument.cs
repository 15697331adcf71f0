using System.Globalization;
using AccountabilityKit.Documents.Layout;
using AccountabilityKit.Localization;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Reports;

namespace AccountabilityKit.Documents.Reports;

/// <summary>
/// The statistics report (问责工作统计报告) as a Word document in the GB/T 9704-2012 layout: the headline sentence as
/// the city publishes it, the headline figures against the same period a year earlier, each table, and a chart of
/// each table embedded as PNG.
/// </summary>
public static class StatisticsReportDocument
{
    /// <summary>Writes the report as .docx to <paramref name="output"/>. The same input and options give the same bytes.</summary>
    /// <param name="report">The headline report.</param>
    /// <param name="tables">Tables to print (and chart), in order; may be empty. A table without rows is said to have no data.</param>
    /// <param name="output">A writable stream; left open.</param>
    /// <param name="options">Language, timestamp, fonts and names (<see cref="DocumentOptions.Default"/> when null).</param>
    public static void Write(HeadlineReport report, IReadOnlyList<StatTable> tables, Stream output, DocumentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(output);
        options ??= DocumentOptions.Default;
        var names = new Names(options);
        var english = MessageCatalog.Resolve(options.Culture) == MessageCatalog.English;
        var title = names.Text(nameof(Messages.StatsReportTitle));
        using var document = new WordDocument(options, title);
        document.Title(title);
        document.Blank();
        document.Line(names.Text(nameof(Messages.StatsPeriod), ("period", english ? report.Period.EnglishLabel : report.Period.ChineseLabel)));

        document.Heading(names.Text(nameof(Messages.SectionHeadline)));
        document.Text(report.ToSummary(options.Culture));

        document.Heading(names.Text(nameof(Messages.SectionYearOverYear)));
        document.Table(
            [names.Text(nameof(Messages.ColumnMeasure)), names.Text(nameof(Messages.ColumnCurrent)), names.Text(nameof(Messages.ColumnPrevious)), names.Text(nameof(Messages.ColumnChange))],
            [24, 10, 12, 14],
            report.Figures.Select(f => (IReadOnlyList<string>)
            [
                english ? f.EnglishLabel : f.ChineseLabel,
                f.Current.ToString(CultureInfo.InvariantCulture),
                f.Previous.ToString(CultureInfo.InvariantCulture),
                f.Change.ToString(),
            ]));

        document.Heading(names.Text(nameof(Messages.SectionTables)));
        var given = tables.Where(t => t is not null).ToList();
        if (given.Count == 0)
        {
            document.Text(names.Text(nameof(Messages.NoTables)));
        }

        for (var i = 0; i < given.Count; i++)
        {
            var table = given[i];
            document.Caption(names.Text(nameof(Messages.TableHeading), ("number", i + 1)));
            if (table.Rows.IsEmpty || table.Columns.IsEmpty)
            {
                document.Text(names.Text(nameof(Messages.EmptyTable)));
                continue;
            }

            document.Table(
                table.Columns.Select(c => english ? c.EnglishLabel : c.ChineseLabel).ToList(),
                table.Columns.Select(c => c.Kind == StatColumnKind.Dimension ? 3 : 2).ToList(),
                table.Rows.Select(r => RowCells(table, r, names)));
        }

        var charts = given
            .Select((t, i) => (Number: i + 1, Png: ReportCharts.Png(t, options)))
            .Where(c => c.Png is not null)
            .ToList();
        if (charts.Count > 0)
        {
            document.Heading(names.Text(nameof(Messages.SectionCharts)));
            foreach (var (number, png) in charts)
            {
                var caption = names.Text(nameof(Messages.ChartCaption), ("number", number));
                if (document.Image(png!, caption))
                {
                    document.Caption(caption);
                }
            }
        }

        document.WriteTo(output);
    }

    private static List<string> RowCells(StatTable table, StatRow row, Names names)
    {
        var cells = new List<string>(table.Columns.Length);
        var key = 0;
        var value = 0;
        foreach (var column in table.Columns)
        {
            if (column.Kind == StatColumnKind.Dimension)
            {
                var text = key < row.Keys.Length ? row.Keys[key] : null;
                cells.Add(text ?? (key == 0 && row.IsGrandTotal
                    ? names.Text(nameof(Messages.GrandTotal))
                    : key == row.Level ? names.Text(nameof(Messages.Subtotal)) : string.Empty));
                key++;
            }
            else
            {
                var v = value < row.Values.Length ? row.Values[value] : null;
                cells.Add(v is { } d ? d.ToString("F" + column.Scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "—");
                value++;
            }
        }

        return cells;
    }
}
