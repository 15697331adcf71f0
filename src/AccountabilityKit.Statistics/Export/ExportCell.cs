using System.Globalization;
using AccountabilityKit.Localization;
using NodaTime;
using NodaTime.Text;

namespace AccountabilityKit.Statistics.Export;

/// <summary>
/// One typed cell of an <see cref="ExportTable"/>: text (with optional zh-CN and English display labels — an enum
/// member is its canonical camelCase code with its labels), a whole number, a decimal or a date; any of them may be
/// missing. Numbers stay numbers and dates stay dates in every export (never escaped as text).
/// </summary>
public sealed record ExportCell
{
    private ExportCell(ExportValueKind kind)
    {
        Kind = kind;
    }

    /// <summary>The type of the value.</summary>
    public ExportValueKind Kind { get; }

    /// <summary>The text value, for a <see cref="ExportValueKind.Text"/> cell.</summary>
    public string? Text { get; private init; }

    /// <summary>The whole number, for a <see cref="ExportValueKind.WholeNumber"/> cell.</summary>
    public long? WholeNumber { get; private init; }

    /// <summary>The decimal, for a <see cref="ExportValueKind.DecimalNumber"/> cell.</summary>
    public decimal? DecimalNumber { get; private init; }

    /// <summary>The date, for a <see cref="ExportValueKind.Date"/> cell.</summary>
    public LocalDate? Date { get; private init; }

    /// <summary>The zh-CN display label of a text value (e.g. "诫勉" for <c>Admonishment</c>), if any.</summary>
    public string? ChineseLabel { get; private init; }

    /// <summary>The English display label of a text value, if any.</summary>
    public string? EnglishLabel { get; private init; }

    /// <summary>Whether the cell has no value.</summary>
    public bool IsMissing => Kind switch
    {
        ExportValueKind.Text => Text is null,
        ExportValueKind.WholeNumber => WholeNumber is null,
        ExportValueKind.Date => Date is null,
        _ => DecimalNumber is null,
    };

    /// <summary>A text cell.</summary>
    /// <param name="value">The value (a key or user text), or none.</param>
    /// <param name="chineseLabel">Its zh-CN display label, if any.</param>
    /// <param name="englishLabel">Its English display label, if any.</param>
    public static ExportCell OfText(string? value, string? chineseLabel = null, string? englishLabel = null) =>
        new(ExportValueKind.Text) { Text = value, ChineseLabel = chineseLabel, EnglishLabel = englishLabel };

    /// <summary>A text cell holding a labelled value: its canonical code (e.g. <c>admonishment</c>) with its zh-CN and English labels.</summary>
    /// <param name="value">The value, or none.</param>
    public static ExportCell Of(LabelledValue? value) => OfText(value?.Code, value?.Chinese, value?.English);

    /// <summary>A text cell holding an enum member: its canonical camelCase code with its <see cref="LabelAttribute"/> labels (see <see cref="LabelledValue.Of{TEnum}(TEnum)"/>).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">A defined, labelled member (a missing value is <c>OfText(null)</c>).</param>
    public static ExportCell OfEnum<TEnum>(TEnum value)
        where TEnum : struct, Enum => Of(LabelledValue.Of(value));

    /// <summary>A date cell.</summary>
    /// <param name="value">The value, or none.</param>
    public static ExportCell OfDate(LocalDate? value) => new(ExportValueKind.Date) { Date = value };

    /// <summary>A whole-number cell.</summary>
    /// <param name="value">The value, or none.</param>
    public static ExportCell OfWholeNumber(long? value) => new(ExportValueKind.WholeNumber) { WholeNumber = value };

    /// <summary>A decimal cell.</summary>
    /// <param name="value">The value, or none.</param>
    public static ExportCell OfDecimalNumber(decimal? value) => new(ExportValueKind.DecimalNumber) { DecimalNumber = value };

    /// <summary>What a spreadsheet in <paramref name="chinese"/> (or English) shows: the label if any, else the value in invariant format (a date as ISO <c>yyyy-MM-dd</c>); <see langword="null"/> when missing.</summary>
    /// <param name="chinese">Whether to show the zh-CN label.</param>
    public string? Display(bool chinese) => Kind switch
    {
        ExportValueKind.Text => (chinese ? ChineseLabel : EnglishLabel) ?? Text,
        ExportValueKind.WholeNumber => WholeNumber?.ToString(CultureInfo.InvariantCulture),
        ExportValueKind.Date => Date is { } date ? LocalDatePattern.Iso.Format(date) : null,
        _ => DecimalNumber?.ToString(CultureInfo.InvariantCulture),
    };
}
