using AccountabilityKit.Localization;

namespace AccountabilityKit.Checklists;

/// <summary>The message catalogue of the Checklists package (Messages.resx / Messages.en.resx), ids <c>Checklists.*</c>.</summary>
internal static class Catalog
{
    public static MessageCatalog Instance { get; } = new("Checklists", Messages.ResourceManager);

    public static Message Of(string key, params ReadOnlySpan<MessageArgument> arguments) => Instance.Create(key, arguments);
}
