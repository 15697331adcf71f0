using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.Statistics.Export;

namespace AccountabilityKit.Cli.Output;

/// <summary>
/// Collects the rows of one <see cref="ExportTable"/> — the kit's one table model, which the tool prints as a table
/// (<see cref="ToolOutput.WriteTable"/>), as JSON (<see cref="JsonExport"/>) or as CSV (<see cref="CsvExport"/>).
/// Cells stay typed: counts and scores are numbers, dates are dates, an enum is its canonical code with its zh-CN and
/// English labels, a rendered message is text in the run's language.
/// </summary>
internal sealed class TableBuilder
{
    private readonly List<ExportCell[]> _rows = [];

    public TableBuilder(string key, params ExportColumn[] columns)
    {
        Key = key;
        Columns = columns;
    }

    /// <summary>The table's key: its name in the JSON document.</summary>
    public string Key { get; }

    public IReadOnlyList<ExportColumn> Columns { get; }

    /// <summary>The number of rows added so far.</summary>
    public int Count => _rows.Count;

    public TableBuilder Add(params ExportCell[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"Expected {Columns.Count} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>The table, titled by a catalogue message (rendered in both cultures).</summary>
    public ExportTable Build(Message title) => new(Key, title.Render(MessageCatalog.Chinese), title.Render(MessageCatalog.English), Columns, _rows);

    /// <summary>The table, titled like its headers: a zh-CN and an English label.</summary>
    public ExportTable Build(string chineseTitle, string englishTitle) => new(Key, chineseTitle, englishTitle, Columns, _rows);

    public static ExportColumn Text(string key, string chinese, string english) => new(key, chinese, english, ExportValueKind.Text);

    public static ExportColumn Integer(string key, string chinese, string english) => new(key, chinese, english, ExportValueKind.WholeNumber);

    public static ExportColumn Decimal(string key, string chinese, string english) => new(key, chinese, english, ExportValueKind.DecimalNumber);

    public static ExportColumn Date(string key, string chinese, string english) => new(key, chinese, english, ExportValueKind.Date);

    /// <summary>A text cell (user data, ids, a message already rendered in the run's language).</summary>
    public static ExportCell Cell(string? text) => ExportCell.OfText(text);

    /// <summary>A labelled cell whose labels are a message in the two cultures, under a stable code.</summary>
    public static ExportCell Cell(string code, Message label) => ExportCell.OfText(code, label.Render(MessageCatalog.Chinese), label.Render(MessageCatalog.English));

    /// <summary>A citation: its canonical form (<c>ARR2019 Art. 6(2)</c>) with the zh-CN label 问责条例第六条第二款.</summary>
    public static ExportCell Cite(Citation? citation) =>
        citation is { } c ? ExportCell.OfText(c.ToString(), c.ToChineseString(), c.ToString()) : ExportCell.OfText(null);

    /// <summary>A list of enum members: their codes joined by commas, their labels by 、 / ", " (or <paramref name="separator"/> for both).</summary>
    public static ExportCell List<TEnum>(IEnumerable<TEnum> values, string? separator = null)
        where TEnum : struct, Enum
    {
        var labelled = values.Select(v => LabelledValue.Of(v)).ToList();
        return ExportCell.OfText(
            string.Join(',', labelled.Select(l => l.Code)),
            string.Join(separator ?? "、", labelled.Select(l => l.Chinese)),
            string.Join(separator ?? ", ", labelled.Select(l => l.English)));
    }
}
