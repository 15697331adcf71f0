using AccountabilityKit.Localization;

namespace AccountabilityKit.Documents;

/// <summary>The message catalogue of the Documents package (Messages.resx / Messages.en.resx), ids <c>Documents.*</c>.</summary>
internal static class Catalog
{
    public static MessageCatalog Instance { get; } = new("Documents", Messages.ResourceManager);

    public static Message Of(string key, params ReadOnlySpan<MessageArgument> arguments) => Instance.Create(key, arguments);
}
