using System.CommandLine;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Output;
using NodaTime;

namespace AccountabilityKit.Cli.Commands;

/// <summary>
/// What every command needs: the writers, the clock, the language the command tree is described in, and the global
/// <c>--lang</c> and <c>--format</c> options.
/// </summary>
internal sealed class CliContext
{
    public CliContext(TextWriter stdout, TextWriter stderr, IClock clock, bool interactive, ToolText text)
    {
        Stdout = stdout;
        Stderr = stderr;
        Clock = clock;
        Interactive = interactive;
        Text = text;
        Lang = new Option<string>("--lang")
        {
            Description = Help(nameof(Messages.HelpOptionLang)),
            DefaultValueFactory = _ => text.IsEnglish ? "en" : "zh-CN",
            Recursive = true,
        };
        Lang.AcceptOnlyFromAmong("zh-CN", "zh", "en");
        Format = new Option<string>("--format")
        {
            Description = Help(nameof(Messages.HelpOptionFormat)),
            DefaultValueFactory = _ => "table",
            Recursive = true,
        };
        Format.AcceptOnlyFromAmong("table", "json", "csv");
    }

    public TextWriter Stdout { get; }

    public TextWriter Stderr { get; }

    public IClock Clock { get; }

    public bool Interactive { get; }

    /// <summary>The language decided before parsing (see <see cref="ToolText.Detect"/>): help texts are written in it.</summary>
    public ToolText Text { get; }

    public Option<string> Lang { get; }

    public Option<string> Format { get; }

    /// <summary>A help text (command, argument or option description) of the Cli catalogue in the run's language.</summary>
    public string Help(string key, params ReadOnlySpan<Localization.MessageArgument> arguments) => Text.Say(key, arguments);

    /// <summary>The output of one invocation, from its parsed global options.</summary>
    public ToolOutput OutputFor(ParseResult parse, bool allowData = true)
    {
        var text = ToolText.Parse(parse.GetValue(Lang)) ?? throw UsageException.Of(nameof(Messages.UsageLangUnsupported));
        var format = parse.GetValue(Format) switch
        {
            "json" => OutputFormat.Json,
            "csv" => OutputFormat.Csv,
            _ => OutputFormat.Table,
        };
        if (!allowData && format != OutputFormat.Table)
        {
            throw UsageException.Of(nameof(Messages.UsageReportOnly));
        }

        return new ToolOutput(Stdout, Stderr, format, text, Interactive);
    }
}
