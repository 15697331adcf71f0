using System.Globalization;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Export;
using AccountabilityKit.Statistics.Reports;

namespace AccountabilityKit.Documents.Spreadsheets;

/// <summary>
/// The statistics report as an Excel workbook (.xlsx): the sheets of the <see cref="HeadlineReport"/> (the figures with
/// their year-over-year change, then the breakdowns by form, by leadership responsibility and by the four forms), then
/// one sheet per <see cref="StatTable"/>. It is written through the Statistics package's <see cref="XlsxExport"/>, so
/// numbers are numeric cells, and text that looks like a formula gets a leading apostrophe and stays text.
/// </summary>
public static class StatisticsReportWorkbook
{
    /// <summary>Writes the workbook to <paramref name="stream"/>; the stream is left open.</summary>
    /// <param name="report">The headline report.</param>
    /// <param name="tables">Further tables (e.g. year over year by region), one sheet each; may be empty.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="culture">zh-CN (the default) or any Chinese culture for Chinese sheet names and headers; any other culture for English.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentException">A table is missing (null).</exception>
    public static Task WriteAsync(HeadlineReport report, IReadOnlyList<StatTable> tables, Stream stream, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(stream);
        if (tables.Any(t => t is null))
        {
            throw new ArgumentNullException(nameof(tables));
        }

        var sheets = ExportTables.From(report).Concat(tables.Select(ExportTables.From));
        return XlsxExport.WriteAsync(stream, sheets, culture ?? CultureInfo.GetCultureInfo("zh-CN"), cancellationToken);
    }
}
