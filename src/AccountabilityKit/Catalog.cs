using AccountabilityKit.Localization;

namespace AccountabilityKit;

/// <summary>The message catalogue of the vocabulary package (<c>Messages.resx</c> / <c>Messages.en.resx</c>), ids <c>Vocabulary.*</c>.</summary>
internal static class Catalog
{
    public static MessageCatalog Instance { get; } = new("Vocabulary", Messages.ResourceManager);

    public static Message Of(string key, params ReadOnlySpan<MessageArgument> arguments) => Instance.Create(key, arguments);
}
