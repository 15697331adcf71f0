using AccountabilityKit.Localization;

namespace AccountabilityKit.Cli;

/// <summary>The message catalogue of the Cli package (Messages.resx / Messages.en.resx), ids <c>Cli.*</c>.</summary>
internal static class Catalog
{
    public static MessageCatalog Instance { get; } = new("Cli", Messages.ResourceManager);

    public static Message Of(string key, params ReadOnlySpan<MessageArgument> arguments) => Instance.Create(key, arguments);
}
