using System.Text.Json;
using AccountabilityKit.Localization;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Statistics.Aggregation;

/// <summary>One measure of a <see cref="StatRequest"/>: an aggregate and, except for count, the field it reads.</summary>
/// <param name="Kind">The aggregate.</param>
/// <param name="Field">The field: none for <see cref="AggregateKind.Count"/>, a dimension for distinct count, a numeric field otherwise.</param>
public sealed record StatMeasure(AggregateKind Kind, FactField? Field = null)
{
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

    /// <summary>A stable column key such as <c>count</c> or <c>sum:persons</c>.</summary>
    public string Key => Field is { } f
        ? $"{JsonNamingPolicy.CamelCase.ConvertName(Kind.ToString())}:{JsonNamingPolicy.CamelCase.ConvertName(f.ToString())}"
        : JsonNamingPolicy.CamelCase.ConvertName(Kind.ToString());

    /// <summary>The zh-CN column label, e.g. "人次（合计）".</summary>
    public string ChineseLabel => Field is { } f ? $"{Labels.ZhCn(f)}（{Labels.ZhCn(Kind)}）" : Labels.ZhCn(Kind);

    /// <summary>The English column label, e.g. "Person-times (Sum)".</summary>
    public string EnglishLabel => Field is { } f ? $"{Labels.En(f)} ({Labels.En(Kind)})" : Labels.En(Kind);
}
