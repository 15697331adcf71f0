using System.CommandLine;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Output;
using NodaTime;

namespace AccountabilityKit.Cli.Commands;

/// <summary>What every command needs: the writers, the clock, and the global <c>--lang</c> and <c>--format</c> options.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter stdout, TextWriter stderr, IClock clock, bool interactive)
    {
        Stdout = stdout;
        Stderr = stderr;
        Clock = clock;
        Interactive = interactive;
        Lang = new Option<string>("--lang")
        {
            Description = "Display language of labels: zh-CN (default) or en",
            DefaultValueFactory = _ => "zh-CN",
            Recursive = true,
        };
        Lang.AcceptOnlyFromAmong("zh-CN", "zh", "en");
        Format = new Option<string>("--format")
        {
            Description = "Output of data: table (default), json or csv",
            DefaultValueFactory = _ => "table",
            Recursive = true,
        };
        Format.AcceptOnlyFromAmong("table", "json", "csv");
    }

    public TextWriter Stdout { get; }

    public TextWriter Stderr { get; }

    public IClock Clock { get; }

    public bool Interactive { get; }

    public Option<string> Lang { get; }

    public Option<string> Format { get; }

    /// <summary>The output of one invocation, from its parsed global options.</summary>
    public ToolOutput OutputFor(ParseResult parse, bool allowData = true)
    {
        var text = ToolText.Parse(parse.GetValue(Lang)) ?? throw new UsageException("--lang must be zh-CN or en");
        var format = parse.GetValue(Format) switch
        {
            "json" => OutputFormat.Json,
            "csv" => OutputFormat.Csv,
            _ => OutputFormat.Table,
        };
        if (!allowData && format != OutputFormat.Table)
        {
            throw new UsageException("this command prints a report; --format json|csv is not available for it");
        }

        return new ToolOutput(Stdout, Stderr, format, text, Interactive);
    }
}
