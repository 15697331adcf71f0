using System.Collections.Frozen;
using System.Text.Json;

namespace AccountabilityKit.Cli.Inputs;

/// <summary>
/// The one spelling of an enum value the tool reads outside JSON (CSV cells): the member's camelCase name exactly as
/// the kit's JSON writes it (<c>province</c>, <c>seriousWarning</c>). Numbers (<c>1</c>, <c>+0</c>), other cases
/// (<c>Province</c>, <c>PROVINCE</c>) and flag combinations (<c>province, city</c>) are refused.
/// </summary>
/// <remarks>Kept in one place: the vocabulary's public parser of the same rule replaces it when it ships.</remarks>
internal static class CanonicalEnum
{
    /// <summary>The value spelled exactly <paramref name="text"/>.</summary>
    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum => Spellings<TEnum>.ByName.TryGetValue(text, out value);

    /// <summary>The canonical spelling of <paramref name="value"/>.</summary>
    public static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Every accepted spelling, in declaration order.</summary>
    public static IReadOnlyList<string> Names<TEnum>()
        where TEnum : struct, Enum => Spellings<TEnum>.Names;

    private static class Spellings<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<string> Names = [.. Enum.GetNames<TEnum>().Select(JsonNamingPolicy.CamelCase.ConvertName)];

        public static readonly FrozenDictionary<string, TEnum> ByName =
            Enum.GetNames<TEnum>().Zip(Enum.GetValues<TEnum>()).ToFrozenDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.First), p => p.Second, StringComparer.Ordinal);
    }
}
