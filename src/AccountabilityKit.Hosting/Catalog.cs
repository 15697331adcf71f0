using AccountabilityKit.Localization;

namespace AccountabilityKit.Hosting;

/// <summary>The message catalogue of the Hosting package (Messages.resx / Messages.en.resx), ids <c>Hosting.*</c>.</summary>
internal static class Catalog
{
    public static MessageCatalog Instance { get; } = new("Hosting", Messages.ResourceManager);

    public static Message Of(string key, params ReadOnlySpan<MessageArgument> arguments) => Instance.Create(key, arguments);
}
