using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability;

/// <summary>The message catalogue of the Accountability package (Messages.resx / Messages.en.resx), ids <c>Accountability.*</c>.</summary>
internal static class Catalog
{
    public static MessageCatalog Instance { get; } = new("Accountability", Messages.ResourceManager);

    public static Message Of(string key, params ReadOnlySpan<MessageArgument> arguments) => Instance.Create(key, arguments);
}
