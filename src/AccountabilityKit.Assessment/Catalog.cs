using AccountabilityKit.Localization;

namespace AccountabilityKit.Assessment;

/// <summary>The message catalogue of the Assessment package (Messages.resx / Messages.en.resx), ids <c>Assessment.*</c>.</summary>
internal static class Catalog
{
    public static MessageCatalog Instance { get; } = new("Assessment", Messages.ResourceManager);

    public static Message Of(string key, params ReadOnlySpan<MessageArgument> arguments) => Instance.Create(key, arguments);

    /// <summary>A score or weight as a person reads it: trailing zeros dropped (3.0 → 3, 0.750 → 0.75).</summary>
    public static decimal Points(decimal value) =>
        value == decimal.Truncate(value) ? decimal.Truncate(value) : value / 1.0000000000000000000000000000m;

    /// <summary>Items joined in the culture's way (、 / ", "), each item kept as a message.</summary>
    public static Message Join(IReadOnlyList<Message> items)
    {
        var joined = items[^1];
        for (var i = items.Count - 2; i >= 0; i--)
        {
            joined = Of(nameof(Messages.ListPair), ("first", items[i]), ("rest", joined));
        }

        return joined;
    }
}
