using AccountabilityKit.Localization;

namespace AccountabilityKit.Cli.Output;

/// <summary>The display language of one run: zh-CN labels by default, English with <c>--lang en</c>.</summary>
internal sealed class ToolText
{
    private ToolText(string cultureName) => CultureName = cultureName;

    /// <summary>Chinese (zh-CN), the default.</summary>
    public static ToolText Chinese { get; } = new(Labels.Chinese);

    /// <summary>English.</summary>
    public static ToolText English { get; } = new(Labels.English);

    /// <summary>The culture name passed to <see cref="Labels.Of(Enum, string)"/>.</summary>
    public string CultureName { get; }

    /// <summary>Whether the output is English.</summary>
    public bool IsEnglish => ReferenceEquals(this, English);

    /// <summary>Picks the text of the run's language.</summary>
    public string T(string chinese, string english) => IsEnglish ? english : chinese;

    /// <summary>The display label of an enum member in the run's language.</summary>
    public string Label(Enum value) => Labels.Of(value, CultureName);

    /// <summary>Parses <c>--lang</c>; null when the value is not supported.</summary>
    public static ToolText? Parse(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "ZH" or "ZH-CN" or "ZH-HANS" => Chinese,
        "EN" or "EN-US" or "EN-GB" => English,
        _ => null,
    };
}
