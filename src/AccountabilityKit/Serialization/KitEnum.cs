using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace AccountabilityKit.Serialization;

/// <summary>
/// The one spelling of the kit's enum values outside code: the member name in camelCase (<c>province</c>,
/// <c>admonishment</c>), matched exactly. Anything else is refused — another case (<c>Province</c>), a number or a
/// signed number (<c>1</c>, <c>+0</c>), surrounding spaces, a flag combination (<c>province, city</c>) or an undefined value.
/// The JSON readers (<see cref="CamelCaseEnumConverter{TEnum}"/>) and the text readers (CSV, options) use it alike.
/// Trimming- and AOT-safe (no reflection beyond the enum's own values).
/// </summary>
/// <example><code>
/// KitEnum.TryParse&lt;UnitKind&gt;("county", out var kind);   // true
/// KitEnum.TryParse&lt;UnitKind&gt;("County", out _);          // false
/// KitEnum.Name(UnitKind.County);                              // "county"
/// </code></example>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "The name says what it is: the kit's spelling of enum values.")]
public static class KitEnum
{
    /// <summary>Parses the canonical name of a member of <typeparamref name="TEnum"/>.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="text">The text, e.g. <c>"province"</c>.</param>
    /// <param name="value">The member, when <paramref name="text"/> is exactly its canonical name.</param>
    /// <returns>True when <paramref name="text"/> is exactly the canonical name of a member.</returns>
    public static bool TryParse<TEnum>([NotNullWhen(true)] string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        if (text is not null && Spelling<TEnum>.ByName.TryGetValue(text, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The canonical name of <paramref name="value"/> (its member name in camelCase).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">A defined member.</param>
    /// <returns>The name, e.g. <c>"county"</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member (e.g. a combination or a cast number).</exception>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Spelling<TEnum>.ByValue.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined member of {typeof(TEnum).Name}.");

    /// <summary>The canonical names of every member of <typeparamref name="TEnum"/>, in declaration order.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    public static IReadOnlyList<string> Names<TEnum>()
        where TEnum : struct, Enum => Spelling<TEnum>.Names;

    private static class Spelling<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<string> Names;
        public static readonly FrozenDictionary<string, TEnum> ByName;
        public static readonly FrozenDictionary<TEnum, string> ByValue;

#pragma warning disable CA1810 // the three tables are built together from one pass over the members
        static Spelling()
#pragma warning restore CA1810
        {
            var names = new List<string>();
            var byName = new Dictionary<string, TEnum>(StringComparer.Ordinal);
            var byValue = new Dictionary<TEnum, string>();
            foreach (var member in Enum.GetValues<TEnum>())
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(Enum.GetName(member)!);
                if (byValue.TryAdd(member, name))
                {
                    names.Add(name);
                    byName[name] = member;
                }
            }

            Names = names.AsReadOnly();
            ByName = byName.ToFrozenDictionary(StringComparer.Ordinal);
            ByValue = byValue.ToFrozenDictionary();
        }
    }
}
