using System.Globalization;
using System.Text.Json;
using AccountabilityKit.Localization;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Statistics.Aggregation;

/// <summary>
/// One measure of a <see cref="StatRequest"/>: a base aggregate (count, sum, distinct count, min, max) and, except
/// for count, the field it reads; or a derived measure (share of total, ratio) over base aggregates.
/// </summary>
/// <param name="Kind">The aggregate.</param>
/// <param name="Field">The field: none for <see cref="AggregateKind.Count"/> and derived measures, a dimension for distinct count, a numeric field otherwise.</param>
public sealed record StatMeasure(AggregateKind Kind, FactField? Field = null)
{
    /// <summary>The decimals of shares and ratios (rounded with <see cref="MidpointRounding.ToEven"/>).</summary>
    public const int DerivedScale = 4;

    /// <summary>The base measure of a share, or the numerator of a ratio; none for a base aggregate.</summary>
    public StatMeasure? Numerator { get; init; }

    /// <summary>The denominator of a ratio; none otherwise.</summary>
    public StatMeasure? Denominator { get; init; }

    /// <summary>Whether this is a share or a ratio, computed from base aggregates.</summary>
    public bool IsDerived => Kind is AggregateKind.ShareOfTotal or AggregateKind.Ratio;

    /// <summary>The number of rows.</summary>
    public static StatMeasure Count() => new(AggregateKind.Count);

    /// <summary>The sum of a numeric field.</summary>
    /// <param name="field">A numeric field.</param>
    public static StatMeasure Sum(FactField field) => new(AggregateKind.Sum, field);

    /// <summary>The number of distinct non-null values of a dimension.</summary>
    /// <param name="field">A dimension.</param>
    public static StatMeasure DistinctCount(FactField field) => new(AggregateKind.DistinctCount, field);

    /// <summary>The smallest value of a numeric field.</summary>
    /// <param name="field">A numeric field.</param>
    public static StatMeasure Min(FactField field) => new(AggregateKind.Min, field);

    /// <summary>The largest value of a numeric field.</summary>
    /// <param name="field">A numeric field.</param>
    public static StatMeasure Max(FactField field) => new(AggregateKind.Max, field);

    /// <summary>
    /// The share of the grand total: a row's value of <paramref name="of"/> divided by the grand total of the same
    /// measure (over every row the filters keep), as a fraction with <see cref="DerivedScale"/> decimals; absent when
    /// the total is 0. Only count, sum and distinct count have shares (a share of a distinct count compares distinct
    /// values, so such shares need not add up to 1).
    /// </summary>
    /// <param name="of">A count, sum or distinct count.</param>
    public static StatMeasure ShareOfTotal(StatMeasure of) => new(AggregateKind.ShareOfTotal) { Numerator = of };

    /// <summary>
    /// <paramref name="numerator"/> divided by <paramref name="denominator"/> on the same row (e.g. person-times per
    /// case), with <see cref="DerivedScale"/> decimals; absent when the denominator is 0 or absent.
    /// </summary>
    /// <param name="numerator">A base aggregate.</param>
    /// <param name="denominator">A base aggregate.</param>
    public static StatMeasure Ratio(StatMeasure numerator, StatMeasure denominator) =>
        new(AggregateKind.Ratio) { Numerator = numerator, Denominator = denominator };

    /// <summary>A stable column key such as <c>count</c>, <c>sum:persons</c>, <c>shareOfTotal(count)</c> or <c>ratio(sum:persons,distinctCount:case)</c>.</summary>
    public string Key => Kind switch
    {
        AggregateKind.ShareOfTotal => $"{Camel(Kind.ToString())}({Numerator?.Key})",
        AggregateKind.Ratio => $"{Camel(Kind.ToString())}({Numerator?.Key},{Denominator?.Key})",
        _ => Field is { } f ? $"{Camel(Kind.ToString())}:{(Enum.IsDefined(f) ? Facts.FactFieldDescriptor.Of(f).Key : Camel(f.ToString()))}" : Camel(Kind.ToString()),
    };

    /// <summary>The zh-CN column label, e.g. "人次（合计）" or "人次（合计）占比".</summary>
    public string ChineseLabel => LabelIn(MessageCatalog.Chinese);

    /// <summary>The English column label, e.g. "Person-times (Sum)" or "Share of total of Person-times (Sum)".</summary>
    public string EnglishLabel => LabelIn(MessageCatalog.English);

    /// <summary>What the values of this measure are: whole numbers, shares or ratios.</summary>
    public StatValueKind ValueKind => Kind switch
    {
        AggregateKind.ShareOfTotal => StatValueKind.Share,
        AggregateKind.Ratio => StatValueKind.Ratio,
        _ => StatValueKind.WholeNumber,
    };

    private string LabelIn(CultureInfo culture) => Kind switch
    {
        AggregateKind.ShareOfTotal => Catalog.Of(nameof(Messages.MeasureLabelShare), ("numerator", Numerator?.LabelIn(culture)), MessageArgument.Of("kind", Kind)).Render(culture),
        AggregateKind.Ratio => Catalog.Of(nameof(Messages.MeasureLabelRatio), ("numerator", Numerator?.LabelIn(culture)), ("denominator", Denominator?.LabelIn(culture))).Render(culture),
        _ => Field is { } f
            ? Catalog.Of(nameof(Messages.MeasureLabelOfField), MessageArgument.Of("field", f), MessageArgument.Of("kind", Kind)).Render(culture)
            : Labels.Of(Kind, culture),
    };

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
