using System.Globalization;
using AccountabilityKit.Localization;
using AccountabilityKit.Serialization;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>
/// An enum value in a response: its canonical camelCase <see cref="Code"/> (the spelling the kit's JSON reads, stable)
/// and its <see cref="Label"/> in the request's language (for display only), e.g. <c>{"code":"admonishment","label":"诫勉"}</c>.
/// </summary>
/// <param name="Code">The canonical code (the member name in camelCase).</param>
/// <param name="Label">The label in the request's language (zh-CN by default, English for <c>en*</c>).</param>
public sealed record CodeLabel(string Code, string Label)
{
    /// <summary>The code and label of <paramref name="value"/> in <paramref name="culture"/>.</summary>
    /// <typeparam name="TEnum">A kit enum (every member carries a label).</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="culture">The response's language.</param>
    /// <returns>The pair.</returns>
    public static CodeLabel Of<TEnum>(TEnum value, CultureInfo culture)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(culture);
        return new CodeLabel(KitEnum.Name(value), Labels.Of(value, MessageCatalog.Resolve(culture)));
    }
}
