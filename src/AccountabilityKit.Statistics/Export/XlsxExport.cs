using System.Data;
using System.Globalization;
using MiniExcelLibs;

namespace AccountabilityKit.Statistics.Export;

/// <summary>
/// Writes <see cref="ExportTable"/>s as an Excel workbook (.xlsx, through MiniExcel): one worksheet per table, named after
/// its title (at most 31 characters, made unique), a header row with zh-CN or English labels, numbers as numeric cells,
/// text with its display label. Text that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return gets a leading apostrophe, as in <see cref="CsvExport"/>, so it is never taken for a formula when the sheet is
/// saved on as CSV.
/// </summary>
public static class XlsxExport
{
    private const int MaxSheetName = 31;

    /// <summary>Writes <paramref name="tables"/> to <paramref name="stream"/> as one workbook; the stream is left open.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="tables">The tables, one worksheet each (at least one).</param>
    /// <param name="culture">zh-CN (or any Chinese culture) for Chinese sheet names, headers and labels; any other culture for English.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentException">There is no table, or a table is missing (null).</exception>
    public static async Task WriteAsync(Stream stream, IEnumerable<ExportTable> tables, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(culture);
        var list = tables.ToList();
        if (list.Count == 0 || list.Any(t => t is null))
        {
            throw new ArgumentException("A workbook needs at least one table, and no table may be missing (null).", nameof(tables));
        }

        var chinese = CsvExport.IsChinese(culture);
        var sheets = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        var dataTables = new List<DataTable>();
        try
        {
            foreach (var table in list)
            {
                var data = ToDataTable(table, chinese);
                dataTables.Add(data);
                sheets.Add(UniqueName(chinese ? table.ChineseTitle : table.EnglishTitle, sheets), data);
            }

            await stream.SaveAsAsync(sheets, printHeader: true, excelType: ExcelType.XLSX, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var data in dataTables)
            {
                data.Dispose();
            }
        }
    }

    private static DataTable ToDataTable(ExportTable table, bool chinese)
    {
        var data = new DataTable { Locale = CultureInfo.InvariantCulture };
        foreach (var column in table.Columns)
        {
            var header = CsvExport.NeutralizeFormula(chinese ? column.ChineseLabel : column.EnglishLabel);
            var name = header;
            for (var n = 2; data.Columns.Contains(name); n++)
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{header} ({n})");
            }

            data.Columns.Add(name, column.Kind switch
            {
                ExportValueKind.WholeNumber => typeof(long),
                ExportValueKind.DecimalNumber => typeof(decimal),
                ExportValueKind.Date => typeof(DateTime),
                _ => typeof(string),
            });
        }

        foreach (var row in table.Rows)
        {
            var values = new object[row.Length];
            for (var c = 0; c < row.Length; c++)
            {
                var cell = row[c];
                values[c] = cell.Kind switch
                {
                    ExportValueKind.WholeNumber => cell.WholeNumber is { } i ? i : DBNull.Value,
                    ExportValueKind.DecimalNumber => cell.DecimalNumber is { } d ? d : DBNull.Value,
                    ExportValueKind.Date => cell.Date is { } date ? date.ToDateTimeUnspecified() : DBNull.Value,
                    _ => cell.Display(chinese) is { } text ? CsvExport.NeutralizeFormula(text) : DBNull.Value,
                };
            }

            data.Rows.Add(values);
        }

        return data;
    }

    private static string UniqueName(string title, Dictionary<string, object> taken)
    {
        var clean = new string([.. title.Select(ch => ch is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '_' : ch)]).Trim('\'');
        if (clean.Length == 0)
        {
            clean = "Sheet";
        }

        var name = clean.Length > MaxSheetName ? clean[..MaxSheetName] : clean;
        for (var n = 2; taken.ContainsKey(name); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $"~{n}");
            name = (clean.Length > MaxSheetName - suffix.Length ? clean[..(MaxSheetName - suffix.Length)] : clean) + suffix;
        }

        return name;
    }
}
