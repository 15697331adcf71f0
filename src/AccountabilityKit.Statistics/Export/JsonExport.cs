using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using AccountabilityKit.Serialization;

namespace AccountabilityKit.Statistics.Export;

/// <summary>
/// Writes <see cref="ExportTable"/>s as JSON (System.Text.Json, source-generated, camelCase, Chinese text unescaped):
/// <c>{"tables":[{"key":…,"labels":{"zh-CN":…,"en":…},"columns":[{"key":…,"labels":…,"type":"integer"}],
/// "rows":[{"values":{"form":"admonishment","personTimes":21},"labels":{"form":{"zh-CN":"诫勉","en":"Admonishment"}}}]}]}</c>.
/// Values are typed: numbers are JSON numbers, dates ISO <c>yyyy-MM-dd</c> strings (column type <c>date</c>), an enum
/// its canonical camelCase code with its labels under <c>labels</c>, a missing value is <c>null</c>.
/// </summary>
public static class JsonExport
{
    private static readonly JsonTypeInfo<ExportJsonDocument> DocumentInfo = CreateTypeInfo();

    /// <summary>Writes <paramref name="tables"/> to <paramref name="stream"/> as UTF-8 JSON (no byte-order mark); the stream is left open.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="tables">The tables (e.g. <see cref="ExportTables.From(Reports.HeadlineReport)"/>, or one <see cref="ExportTables.From(Aggregation.StatTable)"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task WriteAsync(Stream stream, IEnumerable<ExportTable> tables, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return JsonSerializer.SerializeAsync(stream, Document(tables), DocumentInfo, cancellationToken);
    }

    /// <summary>The JSON of <paramref name="tables"/> as a string.</summary>
    /// <param name="tables">The tables.</param>
    public static string ToJson(IEnumerable<ExportTable> tables) => JsonSerializer.Serialize(Document(tables), DocumentInfo);

    private static ExportJsonDocument Document(IEnumerable<ExportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var list = tables.ToList();
        if (list.Any(t => t is null))
        {
            throw new ArgumentException("A table is missing (null).", nameof(tables));
        }

        return new ExportJsonDocument([.. list.Select(Table)]);
    }

    private static ExportJsonTable Table(ExportTable table) => new(
        table.Key,
        new ExportJsonLabels(table.ChineseTitle, table.EnglishTitle),
        [.. table.Columns.Select(c => new ExportJsonColumn(c.Key, new ExportJsonLabels(c.ChineseLabel, c.EnglishLabel), TypeName(c.Kind)))],
        [.. table.Rows.Select(row => Row(table, row))]);

    private static ExportJsonRow Row(ExportTable table, IReadOnlyList<ExportCell> row)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        Dictionary<string, ExportJsonLabels>? labels = null;
        for (var c = 0; c < row.Count; c++)
        {
            var cell = row[c];
            var key = table.Columns[c].Key;
            values[key] = cell.Kind switch
            {
                ExportValueKind.Text => cell.Text is { } t ? JsonValue.Create(t) : null,
                ExportValueKind.WholeNumber => cell.WholeNumber is { } i ? JsonValue.Create(i) : null,
                ExportValueKind.Date => cell.Display(chinese: false) is { } date ? JsonValue.Create(date) : null,
                _ => cell.DecimalNumber is { } d ? JsonValue.Create(d) : null,
            };
            if (cell.ChineseLabel is not null || cell.EnglishLabel is not null)
            {
                labels ??= new Dictionary<string, ExportJsonLabels>(StringComparer.Ordinal);
                labels[key] = new ExportJsonLabels(cell.ChineseLabel ?? cell.EnglishLabel!, cell.EnglishLabel ?? cell.ChineseLabel!);
            }
        }

        return new ExportJsonRow(values, labels);
    }

    private static string TypeName(ExportValueKind kind) => kind switch
    {
        ExportValueKind.Text => "text",
        ExportValueKind.WholeNumber => "integer",
        ExportValueKind.Date => "date",
        _ => "decimal",
    };

    private static JsonTypeInfo<ExportJsonDocument> CreateTypeInfo()
    {
        var options = new JsonSerializerOptions(AccountabilityKitJson.CreateOptions(ExportJsonContext.Default))
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        };
        return (JsonTypeInfo<ExportJsonDocument>)options.GetTypeInfo(typeof(ExportJsonDocument));
    }
}
