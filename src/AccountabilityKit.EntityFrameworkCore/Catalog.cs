using AccountabilityKit.Localization;

namespace AccountabilityKit.EntityFrameworkCore;

/// <summary>The message catalogue of the EntityFrameworkCore package (Messages.resx / Messages.en.resx), ids <c>EntityFrameworkCore.*</c>.</summary>
internal static class Catalog
{
    public static MessageCatalog Instance { get; } = new("EntityFrameworkCore", Messages.ResourceManager);

    public static Message Of(string key, params ReadOnlySpan<MessageArgument> arguments) => Instance.Create(key, arguments);
}
