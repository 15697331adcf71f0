using System.Globalization;
using System.Text;

namespace AccountabilityKit.Statistics.Export;

/// <summary>
/// Writes <see cref="ExportTable"/>s as CSV (RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or
/// line break in double quotes with inner quotes doubled), a header row with zh-CN or English labels. To a stream it
/// writes UTF-8 with a byte-order mark, so spreadsheet software in a Chinese locale opens it right. A text cell that
/// begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading apostrophe (OWASP's
/// defence against formula injection); numbers — e.g. a negative year-over-year change — stay numbers.
/// </summary>
public static class CsvExport
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Writes <paramref name="table"/> to <paramref name="stream"/> as UTF-8 with a byte-order mark; the stream is left open.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="table">The table.</param>
    /// <param name="culture">zh-CN (or any Chinese culture) for Chinese headers and labels; any other culture for English.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task WriteAsync(Stream stream, ExportTable table, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        return WriteSectionsAsync(stream, [table], culture, false, cancellationToken);
    }

    /// <summary>
    /// Writes several tables (e.g. a report's) to one UTF-8 CSV with a byte-order mark: each table as a title line, its
    /// header and rows, tables separated by an empty line. The stream is left open.
    /// </summary>
    /// <param name="stream">The destination.</param>
    /// <param name="tables">The tables.</param>
    /// <param name="culture">zh-CN (or any Chinese culture) for Chinese titles, headers and labels; any other culture for English.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task WriteSectionsAsync(Stream stream, IEnumerable<ExportTable> tables, CultureInfo culture, CancellationToken cancellationToken = default) =>
        WriteSectionsAsync(stream, tables, culture, true, cancellationToken);

    /// <summary>Writes <paramref name="table"/> to <paramref name="writer"/> (whose encoding is the caller's; no byte-order mark is added).</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="table">The table.</param>
    /// <param name="culture">zh-CN (or any Chinese culture) for Chinese headers and labels; any other culture for English.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task WriteTextAsync(TextWriter writer, ExportTable table, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(culture);
        await WriteTableAsync(writer, table, IsChinese(culture), title: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The CSV of <paramref name="table"/> as a string (no byte-order mark).</summary>
    /// <param name="table">The table.</param>
    /// <param name="culture">zh-CN (or any Chinese culture) for Chinese headers and labels; any other culture for English.</param>
    public static string ToCsv(ExportTable table, CultureInfo culture)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteTextAsync(writer, table, culture).GetAwaiter().GetResult();
        return writer.ToString();
    }

    /// <summary>A text field made safe for a spreadsheet: a leading <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return gets an apostrophe in front.</summary>
    /// <param name="text">Text from a cell.</param>
    public static string NeutralizeFormula(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    internal static bool IsChinese(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "zh", StringComparison.OrdinalIgnoreCase);

    private static async Task WriteSectionsAsync(Stream stream, IEnumerable<ExportTable> tables, CultureInfo culture, bool withTitles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(culture);
        var list = tables.ToList();
        if (list.Any(t => t is null))
        {
            throw new ArgumentException("A table is missing (null).", nameof(tables));
        }

        await stream.WriteAsync(Utf8Bom, cancellationToken).ConfigureAwait(false);
        var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            var chinese = IsChinese(culture);
            for (var i = 0; i < list.Count; i++)
            {
                if (i > 0)
                {
                    await writer.WriteAsync("\r\n".AsMemory(), cancellationToken).ConfigureAwait(false);
                }

                await WriteTableAsync(writer, list[i], chinese, withTitles, cancellationToken).ConfigureAwait(false);
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WriteTableAsync(TextWriter writer, ExportTable table, bool chinese, bool title, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        if (title)
        {
            AppendText(line, chinese ? table.ChineseTitle : table.EnglishTitle);
            await WriteLineAsync(writer, line, cancellationToken).ConfigureAwait(false);
        }

        for (var c = 0; c < table.Columns.Length; c++)
        {
            if (c > 0)
            {
                line.Append(',');
            }

            AppendText(line, chinese ? table.Columns[c].ChineseLabel : table.Columns[c].EnglishLabel);
        }

        await WriteLineAsync(writer, line, cancellationToken).ConfigureAwait(false);
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                if (c > 0)
                {
                    line.Append(',');
                }

                var cell = row[c];
                var shown = cell.Display(chinese);
                if (shown is null)
                {
                    AppendText(line, table.Columns[c].MissingText);
                }
                else if (cell.Kind == ExportValueKind.Text)
                {
                    AppendText(line, shown);
                }
                else
                {
                    line.Append(shown);
                }
            }

            await WriteLineAsync(writer, line, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void AppendText(StringBuilder line, string text)
    {
        var safe = NeutralizeFormula(text);
        if (safe.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(safe);
            return;
        }

        line.Append('"').Append(safe.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    private static async Task WriteLineAsync(TextWriter writer, StringBuilder line, CancellationToken cancellationToken)
    {
        line.Append("\r\n");
        await writer.WriteAsync(line, cancellationToken).ConfigureAwait(false);
        line.Clear();
    }
}
