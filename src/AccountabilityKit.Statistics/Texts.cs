using AccountabilityKit.Localization;

namespace AccountabilityKit.Statistics;

/// <summary>Helpers for the package's messages: enum arguments that tolerate undefined values, and the zh-CN/English pair of a message.</summary>
internal static class Texts
{
    /// <summary>An enum argument rendered as its label; an undefined value (a caller's cast) is carried as its number.</summary>
    public static MessageArgument Enum<TEnum>(string name, TEnum value)
        where TEnum : struct, System.Enum =>
        System.Enum.IsDefined(value) ? MessageArgument.Of(name, value) : MessageArgument.Text(name, value.ToString());

    /// <summary>The message rendered in zh-CN.</summary>
    public static string Chinese(this Message message) => message.Render(MessageCatalog.Chinese);

    /// <summary>The message rendered in English.</summary>
    public static string English(this Message message) => message.Render(MessageCatalog.English);

    /// <summary>The zh-CN text of the catalogue entry <paramref name="key"/> (no arguments).</summary>
    public static string Chinese(string key) => Catalog.Of(key).Chinese();

    /// <summary>The English text of the catalogue entry <paramref name="key"/> (no arguments).</summary>
    public static string English(string key) => Catalog.Of(key).English();
}
