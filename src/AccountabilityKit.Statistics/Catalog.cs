using AccountabilityKit.Localization;

namespace AccountabilityKit.Statistics;

/// <summary>The message catalogue of the Statistics package (Messages.resx / Messages.en.resx), ids <c>Statistics.*</c>.</summary>
internal static class Catalog
{
    public static MessageCatalog Instance { get; } = new("Statistics", Messages.ResourceManager);

    public static Message Of(string key, params ReadOnlySpan<MessageArgument> arguments) => Instance.Create(key, arguments);
}
