using System.Globalization;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Cli.Output;

/// <summary>
/// The display language of one run: zh-CN by default, English with <c>--lang en</c>. Every sentence the tool prints
/// comes from the Cli catalogue (or another package's) and is rendered in <see cref="Culture"/>.
/// </summary>
internal sealed class ToolText
{
    private ToolText(string cultureName, CultureInfo culture)
    {
        CultureName = cultureName;
        Culture = culture;
    }

    /// <summary>Chinese (zh-CN), the default.</summary>
    public static ToolText Chinese { get; } = new(Labels.Chinese, MessageCatalog.Chinese);

    /// <summary>English.</summary>
    public static ToolText English { get; } = new(Labels.English, MessageCatalog.English);

    /// <summary>The culture name passed to <see cref="Labels.Of(Enum, string)"/>, and the <c>--lang</c> value.</summary>
    public string CultureName { get; }

    /// <summary>The culture messages are rendered in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Whether the output is English.</summary>
    public bool IsEnglish => ReferenceEquals(this, English);

    /// <summary>A message of the Cli catalogue, rendered in the run's language.</summary>
    public string Say(string key, params ReadOnlySpan<MessageArgument> arguments) => Catalog.Of(key, arguments).Render(Culture);

    /// <summary>A message (of any catalogue) rendered in the run's language.</summary>
    public string Render(Message message) => message.Render(Culture);

    /// <summary>What an issue says, in the run's language.</summary>
    public string Render(ValidationIssue issue) => issue.Render(Culture);

    /// <summary>A citation as the run's readers write it: 问责条例第六条第二款 / ARR2019 Art. 6(2).</summary>
    public string Cite(Citation citation) => IsEnglish ? citation.ToString() : citation.ToChineseString();

    /// <summary>The display label of an enum member in the run's language.</summary>
    public string Label(Enum value) => Labels.Of(value, CultureName);

    /// <summary>Parses <c>--lang</c>; null when the value is not supported.</summary>
    public static ToolText? Parse(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "ZH" or "ZH-CN" or "ZH-HANS" => Chinese,
        "EN" or "EN-US" or "EN-GB" => English,
        _ => null,
    };

    /// <summary>
    /// The language of a command line, decided before the command tree is built (its help texts are in that language):
    /// the last <c>--lang X</c> / <c>--lang=X</c> / <c>--lang:X</c> before <c>--</c>, else <paramref name="uiCulture"/>
    /// (English for any <c>en</c> culture, zh-CN for every other). An unsupported <c>--lang</c> value gives zh-CN; the
    /// parser then reports it as a usage error.
    /// </summary>
    public static ToolText Detect(IReadOnlyList<string> args, CultureInfo uiCulture)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? value = null;
        var given = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                break;
            }

            if (arg == "--lang")
            {
                given = true;
                value = i + 1 < args.Count ? args[++i] : null;
            }
            else if (arg.StartsWith("--lang=", StringComparison.Ordinal) || arg.StartsWith("--lang:", StringComparison.Ordinal))
            {
                given = true;
                value = arg["--lang=".Length..];
            }
        }

        if (given)
        {
            return string.IsNullOrWhiteSpace(value) ? Chinese : Parse(value) ?? Chinese;
        }

        return ReferenceEquals(MessageCatalog.Resolve(uiCulture), MessageCatalog.English) ? English : Chinese;
    }
}
