using System.Globalization;
using System.Text;
using AccountabilityKit.Localization;
using AccountabilityKit.Statistics.Export;
using AccountabilityKit.Validation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace AccountabilityKit.Cli.Output;

/// <summary>
/// Where a command writes: Spectre.Console tables and text on standard output (no colours when redirected),
/// or one JSON document / CSV text when <c>--format</c> asks for data — every table an <see cref="ExportTable"/>,
/// written by the library's exports.
/// </summary>
internal sealed class ToolOutput
{
    /// <summary>The fixed width of redirected output, so the same input prints the same bytes.</summary>
    public const int RedirectedWidth = 160;

    public ToolOutput(TextWriter stdout, TextWriter stderr, OutputFormat format, ToolText text, bool interactive, int width = RedirectedWidth)
    {
        Stdout = stdout;
        Stderr = stderr;
        Format = format;
        Text = text;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(stdout),
        });
        if (!interactive)
        {
            // Redirected output (files, pipes, tests) gets a fixed width so the same input prints the same bytes.
            Console.Profile.Width = width;
        }
    }

    public TextWriter Stdout { get; }

    public TextWriter Stderr { get; }

    public OutputFormat Format { get; }

    public ToolText Text { get; }

    public bool Interactive { get; }

    public IAnsiConsole Console { get; }

    /// <summary>A message of the Cli catalogue in the run's language (shorthand for <see cref="ToolText.Say"/>).</summary>
    public string Say(string key, params ReadOnlySpan<MessageArgument> arguments) => Text.Say(key, arguments);

    /// <summary>A line of plain text (tables only: JSON and CSV output carry data, not prose), escaped and bounded by <see cref="TerminalText"/>.</summary>
    public void Line(string text = "")
    {
        if (Format == OutputFormat.Table)
        {
            Console.Write(new Text(TerminalText.Escape(text) + "\n"));
        }
    }

    /// <summary>A section heading (tables only).</summary>
    public void Heading(string text)
    {
        if (Format == OutputFormat.Table)
        {
            Console.WriteLine();
            Console.Write(new Rule(Markup.Escape(TerminalText.Escape(text, TerminalText.CellLimit))) { Justification = Justify.Left });
        }
    }

    /// <summary>
    /// Writes one table in the run's format: a Spectre.Console table in the run's language, the library's JSON
    /// (<see cref="JsonExport"/>: numbers as numbers, enums as canonical codes with their labels) or the library's CSV
    /// (<see cref="CsvExport"/>: UTF-8 BOM, RFC 4180, headers and labels in the run's language, formulas neutralised).
    /// </summary>
    public void Write(ExportTable table, bool titled = false)
    {
        switch (Format)
        {
            case OutputFormat.Json:
                WriteJson(table);
                break;
            case OutputFormat.Csv:
                WriteCsv(table);
                break;
            default:
                WriteTable(table, titled);
                break;
        }
    }

    /// <summary>
    /// Renders a table for people whatever the format (used inside composite reports): headers, labels and the title
    /// (when <paramref name="titled"/>) in the run's language; numbers right-aligned. Every cell and the title go through
    /// <see cref="TerminalText"/>: control characters escaped, at most <see cref="TerminalText.CellLimit"/> characters.
    /// </summary>
    public void WriteTable(ExportTable data, bool titled = false)
    {
        var chinese = !Text.IsEnglish;
        var table = new Table();
        if (!Interactive)
        {
            table.Border = TableBorder.Ascii;
        }

        if (titled)
        {
            table.Title = new TableTitle(Markup.Escape(Shown(chinese ? data.ChineseTitle : data.EnglishTitle)));
        }

        foreach (var column in data.Columns)
        {
            var tableColumn = new TableColumn(new Text(Shown(chinese ? column.ChineseLabel : column.EnglishLabel)));
            if (column.Kind is ExportValueKind.WholeNumber or ExportValueKind.DecimalNumber)
            {
                tableColumn.RightAligned();
            }

            table.AddColumn(tableColumn);
        }

        foreach (var row in data.Rows)
        {
            table.AddRow(row.Select((cell, c) => (IRenderable)new Text(Shown(cell.Display(chinese) ?? data.Columns[c].MissingText))).ToArray());
        }

        Console.Write(table);
    }

    private static string Shown(string text) => TerminalText.Escape(text, TerminalText.CellLimit);

    /// <summary>Writes tables as one JSON document of the library's export format (<see cref="JsonExport"/>) on standard output.</summary>
    public void WriteJson(params ExportTable[] tables)
    {
        Stdout.Write(JsonExport.ToJson(tables));
        Stdout.Write('\n');
    }

    /// <summary>Writes a table as CSV through the library's writer (<see cref="CsvExport"/>), byte-order mark included.</summary>
    public void WriteCsv(ExportTable table) => Stdout.Write(ToCsv(table, Text.Culture));

    /// <summary>
    /// The CSV of a table exactly as <see cref="CsvExport.WriteAsync"/> writes it to a file — a UTF-8 byte-order mark,
    /// headers and labels in <paramref name="culture"/>, text cells neutralised against formula injection — decoded
    /// for a text writer (the mark becomes U+FEFF, which a UTF-8 standard output writes back as the three bytes).
    /// </summary>
    public static string ToCsv(ExportTable table, CultureInfo culture)
    {
        using var stream = new MemoryStream();
        CsvExport.WriteAsync(stream, table, culture).GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>The columns of a validation-issue listing: where, code, severity, path, what (in the run's language) and the article.</summary>
    public static TableBuilder IssueTable() => new(
        "issues",
        TableBuilder.Text("source", "来源", "Source"),
        TableBuilder.Text("code", "代码", "Code"),
        TableBuilder.Text("severity", "级别", "Severity"),
        TableBuilder.Text("path", "位置", "Path"),
        TableBuilder.Text("message", "说明", "Message"),
        TableBuilder.Text("citation", "依据", "Citation"));

    /// <summary>Adds a report's issues to an issue listing.</summary>
    public void AddIssues(TableBuilder set, string source, ValidationReport report)
    {
        foreach (var issue in report.Issues)
        {
            AddIssue(set, source, issue);
        }
    }

    /// <summary>Adds one issue to an issue listing: its severity as a code with labels, its text rendered in the run's language, with its citation when it has one.</summary>
    public void AddIssue(TableBuilder set, string source, ValidationIssue issue) =>
        set.Add(
            TableBuilder.Cell(source),
            TableBuilder.Cell(issue.Code),
            ExportCell.OfEnum(issue.Severity),
            TableBuilder.Cell(issue.Path.Length == 0 ? "$" : issue.Path),
            TableBuilder.Cell(Text.Render(issue)),
            TableBuilder.Cite(issue.Citation));

    /// <summary>The issues of a listing as a table titled 问题 / Problems.</summary>
    public static ExportTable Issues(TableBuilder set) => set.Build(Catalog.Of(nameof(Messages.ProblemsHeading)));
}
