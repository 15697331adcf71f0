using System.CommandLine;
using AccountabilityKit.Cli.Inputs;
using AccountabilityKit.Cli.Output;
using NodaTime;

namespace AccountabilityKit.Cli.Commands;

/// <summary>
/// What every command needs: the writers, the clock, the language the command tree is described in, and the global
/// <c>--lang</c>, <c>--format</c> and <c>--encoding</c> options.
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
            HelpName = "zh-CN|en",
            Recursive = true,
        };
        Lang.AcceptOnlyFromAmong("zh-CN", "zh", "en");
        Format = new Option<string>("--format")
        {
            Description = Help(nameof(Messages.HelpOptionFormat)),
            DefaultValueFactory = _ => "table",
            HelpName = "table|json|csv",
            Recursive = true,
        };
        Format.AcceptOnlyFromAmong("table", "json", "csv");
        Encoding = new Option<string>("--encoding")
        {
            Description = Help(nameof(Messages.HelpOptionEncoding)),
            DefaultValueFactory = _ => "auto",
            HelpName = string.Join('|', InputEncoding.Names),
            Recursive = true,
        };
        Encoding.AcceptOnlyFromAmong([.. InputEncoding.Names]);
    }

    public TextWriter Stdout { get; }

    public TextWriter Stderr { get; }

    public IClock Clock { get; }

    public bool Interactive { get; }

    /// <summary>The width of redirected output.</summary>
    public int Width { get; init; } = ToolOutput.RedirectedWidth;

    /// <summary>The language decided before parsing (see <see cref="ToolText.Detect"/>): help texts are written in it.</summary>
    public ToolText Text { get; }

    public Option<string> Lang { get; }

    public Option<string> Format { get; }

    /// <summary>The global <c>--encoding</c> option: the text encoding of input files (see <see cref="InputEncoding"/>).</summary>
    public Option<string> Encoding { get; }

    /// <summary>A help text (command, argument or option description) of the Cli catalogue in the run's language.</summary>
    public string Help(string key, params ReadOnlySpan<Localization.MessageArgument> arguments) => Text.Say(key, arguments);

    /// <summary>Whether <see cref="Require{T}"/> made <paramref name="option"/> required (help marks it).</summary>
    public bool IsRequired(Option option) => _required.Contains(option);

    /// <summary>
    /// Makes <paramref name="option"/> required on <paramref name="command"/>, reported with the catalogue's message
    /// (System.CommandLine's own "Option '--x' is required." has no zh-Hans translation).
    /// </summary>
    public TOption Require<TOption>(Command command, TOption option)
        where TOption : Option
    {
        _required.Add(option);
        command.Validators.Add(result =>
        {
            if (result.GetResult(option) is null)
            {
                result.AddError(Text.Say(nameof(Messages.UsageOptionRequired), ("option", option.Name)));
            }
        });
        return option;
    }

    /// <summary>An integer option whose bad values are reported with the catalogue's message.</summary>
    public Option<int> WholeNumber(string name, string descriptionKey, int defaultValue)
    {
        var option = new Option<int>(name)
        {
            Description = Help(descriptionKey),
            DefaultValueFactory = _ => defaultValue,
        };
        option.CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (int.TryParse(token, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            result.AddError(Text.Say(nameof(Messages.UsageNotWholeNumber), ("option", name), ("text", token)));
            return default;
        };
        return option;
    }

    private readonly HashSet<Option> _required = [];

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

        return new ToolOutput(Stdout, Stderr, format, text, Interactive, Width);
    }
}
