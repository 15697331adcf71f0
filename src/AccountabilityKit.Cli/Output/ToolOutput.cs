using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using AccountabilityKit.Localization;
using AccountabilityKit.Validation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace AccountabilityKit.Cli.Output;

/// <summary>
/// Where a command writes: Spectre.Console tables and text on standard output (no colours when redirected),
/// or one JSON document / CSV text when <c>--format</c> asks for data.
/// </summary>
internal sealed class ToolOutput
{
    private static readonly JsonSerializerOptions JsonWriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

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

    /// <summary>A line of plain text (tables only: JSON and CSV output carry data, not prose).</summary>
    public void Line(string text = "")
    {
        if (Format == OutputFormat.Table)
        {
            Console.Write(new Text(text + "\n"));
        }
    }

    /// <summary>A section heading (tables only).</summary>
    public void Heading(string text)
    {
        if (Format == OutputFormat.Table)
        {
            Console.WriteLine();
            Console.Write(new Rule(Markup.Escape(text)) { Justification = Justify.Left });
        }
    }

    /// <summary>Writes a data set in the run's format: a table, a JSON array of objects, or CSV.</summary>
    public void Write(DataSet data, string? title = null)
    {
        switch (Format)
        {
            case OutputFormat.Json:
                WriteJson(ToJson(data));
                break;
            case OutputFormat.Csv:
                WriteCsv(data);
                break;
            default:
                WriteTable(data, title);
                break;
        }
    }

    /// <summary>Renders a data set as a table whatever the format (used inside composite reports).</summary>
    public void WriteTable(DataSet data, string? title = null)
    {
        var table = new Table();
        if (!Interactive)
        {
            table.Border = TableBorder.Ascii;
        }

        if (title is not null)
        {
            table.Title = new TableTitle(Markup.Escape(title));
        }

        foreach (var column in data.Columns)
        {
            var tableColumn = new TableColumn(new Text(Text.IsEnglish ? column.English : column.Chinese));
            if (column.AlignRight)
            {
                tableColumn.RightAligned();
            }

            table.AddColumn(tableColumn);
        }

        foreach (var row in data.Rows)
        {
            table.AddRow(row.Select(cell => (IRenderable)new Text(cell ?? string.Empty)).ToArray());
        }

        Console.Write(table);
    }

    /// <summary>A data set as a JSON array of objects keyed by column key.</summary>
    public static JsonArray ToJson(DataSet data)
    {
        var array = new JsonArray();
        foreach (var row in data.Rows)
        {
            var item = new JsonObject();
            for (var i = 0; i < data.Columns.Count; i++)
            {
                item[data.Columns[i].Key] = row[i] is null ? null : JsonValue.Create(row[i]);
            }

            array.Add(item);
        }

        return array;
    }

    /// <summary>Writes one JSON document (indented, Chinese unescaped) on standard output.</summary>
    public void WriteJson(JsonNode node)
    {
        Stdout.Write(node.ToJsonString(JsonWriteOptions));
        Stdout.Write('\n');
    }

    /// <summary>Writes a data set as CSV with a header row of column keys.</summary>
    public void WriteCsv(DataSet data)
    {
        Stdout.Write(ToCsv(data));
    }

    /// <summary>A data set as CSV text (RFC 4180 quoting, LF line ends).</summary>
    public static string ToCsv(DataSet data)
    {
        var builder = new StringBuilder();
        builder.AppendJoin(',', data.Columns.Select(c => CsvField(c.Key))).Append('\n');
        foreach (var row in data.Rows)
        {
            builder.AppendJoin(',', row.Select(CsvField)).Append('\n');
        }

        return builder.ToString();
    }

    private static string CsvField(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>The columns of a validation-issue listing: where, code, severity, path, what (in the run's language) and the article.</summary>
    public static DataSet IssueSet() => new(
        new DataColumn("source", "来源", "Source"),
        new DataColumn("code", "代码", "Code"),
        new DataColumn("severity", "级别", "Severity"),
        new DataColumn("path", "位置", "Path"),
        new DataColumn("message", "说明", "Message"),
        new DataColumn("citation", "依据", "Citation"));

    /// <summary>Adds a report's issues to an issue listing.</summary>
    public void AddIssues(DataSet set, string source, ValidationReport report)
    {
        foreach (var issue in report.Issues)
        {
            AddIssue(set, source, issue);
        }
    }

    /// <summary>Adds one issue to an issue listing: its text rendered in the run's language, with its citation when it has one.</summary>
    public void AddIssue(DataSet set, string source, ValidationIssue issue) =>
        set.Add(source, issue.Code, Text.Label(issue.Severity), issue.Path.Length == 0 ? "$" : issue.Path, Text.Render(issue), issue.Citation is { } c ? Text.Cite(c) : null);

    /// <summary>Formats a decimal with the invariant culture.</summary>
    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats an integer with the invariant culture.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
