using AccountabilityKit.Localization;

namespace AccountabilityKit.Cli.Inputs;

/// <summary>
/// Bad usage or unreadable input (missing file, malformed JSON): exit code 2, a one-line message in the run's language,
/// no stack trace. <see cref="Exception.Message"/> is the text in the current UI culture; the tool prints <see cref="Text"/>
/// rendered in the <c>--lang</c> culture.
/// </summary>
internal sealed class UsageException : Exception
{
    public UsageException(Message text)
        : base(text?.Render(null))
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    public UsageException(Message text, Exception innerException)
        : base(text?.Render(null), innerException)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    /// <summary>What went wrong, as a message of the Cli catalogue.</summary>
    public Message Text { get; }

    /// <summary>A usage error from a key of the Cli catalogue.</summary>
    public static UsageException Of(string key, params ReadOnlySpan<MessageArgument> arguments) => new(Catalog.Of(key, arguments));
}
