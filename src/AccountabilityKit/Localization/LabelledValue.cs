using System.Text.Json;

namespace AccountabilityKit.Localization;

/// <summary>
/// A value that a person reads by its label: an enum member as its canonical code (the camelCase JSON spelling,
/// e.g. <c>admonishment</c>) with its zh-CN and English labels (<c>诫勉</c> / <c>Admonishment</c>).
/// Message arguments carry enums in this form so that a host can render them without the enum type.
/// </summary>
/// <param name="Code">The canonical code, as written in JSON.</param>
/// <param name="Chinese">The zh-CN label.</param>
/// <param name="English">The English label.</param>
public sealed record LabelledValue(string Code, string Chinese, string English)
{
    /// <summary>The labelled form of an enum member: its camelCase name and its <see cref="LabelAttribute"/> labels.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">A defined, labelled member.</param>
    public static LabelledValue Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        new(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()), Labels.ZhCn(value), Labels.En(value));

    /// <summary>The label in the kit culture <paramref name="english"/> selects.</summary>
    internal string In(bool english) => english ? English : Chinese;
}
