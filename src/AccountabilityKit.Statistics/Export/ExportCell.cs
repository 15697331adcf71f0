using System.Globalization;

namespace AccountabilityKit.Statistics.Export;

/// <summary>
/// One typed cell of an <see cref="ExportTable"/>: text (with optional zh-CN and English display labels), a whole
/// number or a decimal; any of them may be missing. Numbers stay numbers in every export (never escaped as text).
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

    /// <summary>The zh-CN display label of a text value (e.g. "诫勉" for <c>Admonishment</c>), if any.</summary>
    public string? ChineseLabel { get; private init; }

    /// <summary>The English display label of a text value, if any.</summary>
    public string? EnglishLabel { get; private init; }

    /// <summary>Whether the cell has no value.</summary>
    public bool IsMissing => Kind switch
    {
        ExportValueKind.Text => Text is null,
        ExportValueKind.WholeNumber => WholeNumber is null,
        _ => DecimalNumber is null,
    };

    /// <summary>A text cell.</summary>
    /// <param name="value">The value (a key or user text), or none.</param>
    /// <param name="chineseLabel">Its zh-CN display label, if any.</param>
    /// <param name="englishLabel">Its English display label, if any.</param>
    public static ExportCell OfText(string? value, string? chineseLabel = null, string? englishLabel = null) =>
        new(ExportValueKind.Text) { Text = value, ChineseLabel = chineseLabel, EnglishLabel = englishLabel };

    /// <summary>A whole-number cell.</summary>
    /// <param name="value">The value, or none.</param>
    public static ExportCell OfWholeNumber(long? value) => new(ExportValueKind.WholeNumber) { WholeNumber = value };

    /// <summary>A decimal cell.</summary>
    /// <param name="value">The value, or none.</param>
    public static ExportCell OfDecimalNumber(decimal? value) => new(ExportValueKind.DecimalNumber) { DecimalNumber = value };

    /// <summary>What a spreadsheet in <paramref name="chinese"/> (or English) shows: the label if any, else the value in invariant format; <see langword="null"/> when missing.</summary>
    /// <param name="chinese">Whether to show the zh-CN label.</param>
    public string? Display(bool chinese) => Kind switch
    {
        ExportValueKind.Text => (chinese ? ChineseLabel : EnglishLabel) ?? Text,
        ExportValueKind.WholeNumber => WholeNumber?.ToString(CultureInfo.InvariantCulture),
        _ => DecimalNumber?.ToString(CultureInfo.InvariantCulture),
    };
}
