using AccountabilityKit.Localization;

namespace AccountabilityKit.AspNetCore;

/// <summary>The message catalogue of the AspNetCore package (Messages.resx / Messages.en.resx), ids <c>AspNetCore.*</c>.</summary>
internal static class Catalog
{
    public static MessageCatalog Instance { get; } = new("AspNetCore", Messages.ResourceManager);

    public static Message Of(string key, params ReadOnlySpan<MessageArgument> arguments) => Instance.Create(key, arguments);
}
