using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace AccountabilityKit.Localization;

/// <summary>
/// The one API for display names of domain enums, in zh-CN and English.
/// Every public enum of every AccountabilityKit package carries a <see cref="LabelAttribute"/> on each member.
/// </summary>
/// <example><code>
/// Labels.Of(CadreRole.DisciplineSecretary, "zh-CN"); // "纪委书记"
/// Labels.Of(CadreRole.DisciplineSecretary, "en");    // "Discipline secretary"
/// </code></example>
public static class Labels
{
    /// <summary>The culture name of the Chinese labels: <c>zh-CN</c>.</summary>
    public const string Chinese = "zh-CN";

    /// <summary>The culture name of the English labels: <c>en</c>.</summary>
    public const string English = "en";

    private static readonly ConcurrentDictionary<Type, FrozenDictionary<long, LabelAttribute>> Cache = new();

    /// <summary>
    /// The display name of <paramref name="value"/> in <paramref name="cultureName"/>.
    /// Any Chinese culture (<c>zh</c>, <c>zh-CN</c>, <c>zh-Hans</c>, <c>zh-TW</c>, …) gives the zh-CN label;
    /// every other culture gives the English label.
    /// </summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">A defined member of <typeparamref name="TEnum"/>.</param>
    /// <param name="cultureName">A culture name such as <c>zh-CN</c> or <c>en</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    /// <exception cref="InvalidOperationException">The member carries no <see cref="LabelAttribute"/>.</exception>
    public static string Of<TEnum>(TEnum value, string cultureName)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(cultureName);
        var label = Find(typeof(TEnum), value);
        return IsChinese(cultureName) ? label.Chinese : label.English;
    }

    /// <summary>The display name of <paramref name="value"/> in <paramref name="culture"/> (see <see cref="Of{TEnum}(TEnum, string)"/>).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">A defined member of <typeparamref name="TEnum"/>.</param>
    /// <param name="culture">The culture of the user interface.</param>
    public static string Of<TEnum>(TEnum value, CultureInfo culture)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Of(value, culture.Name);
    }

    /// <summary>The display name of a boxed enum <paramref name="value"/> in <paramref name="cultureName"/>.</summary>
    /// <param name="value">A defined member of any labelled enum.</param>
    /// <param name="cultureName">A culture name such as <c>zh-CN</c> or <c>en</c>.</param>
    public static string Of(Enum value, string cultureName)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(cultureName);
        var label = Find(value.GetType(), value);
        return IsChinese(cultureName) ? label.Chinese : label.English;
    }

    /// <summary>The zh-CN display name of <paramref name="value"/>.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">A defined member of <typeparamref name="TEnum"/>.</param>
    public static string ZhCn<TEnum>(TEnum value)
        where TEnum : struct, Enum => Find(typeof(TEnum), value).Chinese;

    /// <summary>The English display name of <paramref name="value"/>.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">A defined member of <typeparamref name="TEnum"/>.</param>
    public static string En<TEnum>(TEnum value)
        where TEnum : struct, Enum => Find(typeof(TEnum), value).English;

    /// <summary>
    /// Lists every member of every public enum in <paramref name="assembly"/> that lacks a zh-CN or English label,
    /// as <c>Type.Member</c>. Each package's tests call this so that no shipped enum value goes unlabelled.
    /// </summary>
    /// <param name="assembly">The assembly to inspect.</param>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode("Lists an assembly's exported enum types by reflection; meant for tests, not for trimmed applications.")]
    public static IReadOnlyList<string> FindUnlabelled(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var missing = new List<string>();
        foreach (var type in assembly.GetExportedTypes().Where(t => t.IsEnum).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var label = field.GetCustomAttribute<LabelAttribute>();
                if (label is null || string.IsNullOrWhiteSpace(label.Chinese) || string.IsNullOrWhiteSpace(label.English))
                {
                    missing.Add($"{type.FullName}.{field.Name}");
                }
            }
        }

        return missing;
    }

    private static bool IsChinese(string cultureName) =>
        cultureName.Equals("zh", StringComparison.OrdinalIgnoreCase)
        || cultureName.StartsWith("zh-", StringComparison.OrdinalIgnoreCase);

    private static LabelAttribute Find(Type enumType, object value)
    {
        var labels = Cache.GetOrAdd(enumType, static type => Read(type));
        var key = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        if (labels.TryGetValue(key, out var label))
        {
            return label;
        }

        if (!Enum.IsDefined(enumType, value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined member of {enumType.Name}.");
        }

        throw new InvalidOperationException($"{enumType.Name}.{value} has no [Label] attribute.");
    }

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage(
        "Trimming",
        "IL2070",
        Justification = "The trimmer keeps every field of an enum type it keeps (the members are the enum's values), with their attributes.")]
    private static FrozenDictionary<long, LabelAttribute> Read(Type enumType)
    {
        var result = new Dictionary<long, LabelAttribute>();
        foreach (var field in enumType.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var label = field.GetCustomAttribute<LabelAttribute>();
            if (label is not null)
            {
                result[Convert.ToInt64(field.GetRawConstantValue(), CultureInfo.InvariantCulture)] = label;
            }
        }

        return result.ToFrozenDictionary();
    }
}
