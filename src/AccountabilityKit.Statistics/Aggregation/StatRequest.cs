using System.Collections.Immutable;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Statistics.Aggregation;

/// <summary>
/// One aggregation request, shared by every execution path (<see cref="LinqStatExecutor"/>, the columnar engine):
/// group by any subset of dimensions, compute measures, keep only rows in a period range, a <see cref="DataScope"/>
/// and dimension-value filters, and optionally add a grand total.
/// </summary>
public sealed record StatRequest
{
    private readonly ImmutableArray<FactField> _dimensions = [];
    private readonly ImmutableArray<StatMeasure> _measures = [];
    private readonly ImmutableArray<DimensionFilter> _filters = [];

    /// <summary>The dimensions to group by, in column order (none: one total row).</summary>
    public ImmutableArray<FactField> Dimensions { get => _dimensions; init => _dimensions = value.IsDefault ? [] : value; }

    /// <summary>The measures, in column order (at least one).</summary>
    public ImmutableArray<StatMeasure> Measures { get => _measures; init => _measures = value.IsDefault ? [] : value; }

    /// <summary>The first quarter kept (inclusive), or none.</summary>
    public AssessmentQuarter? From { get; init; }

    /// <summary>The last quarter kept (inclusive), or none.</summary>
    public AssessmentQuarter? To { get; init; }

    /// <summary>Keeps only rows whose unit is in this scope, or none.</summary>
    public DataScope? Scope { get; init; }

    /// <summary>Dimension-value filters, all of which a row must pass.</summary>
    public ImmutableArray<DimensionFilter> Filters { get => _filters; init => _filters = value.IsDefault ? [] : value; }

    /// <summary>Whether to add a grand-total row (always present when there are no dimensions).</summary>
    public bool IncludeGrandTotal { get; init; }

    /// <summary>Lists every problem of the request (ST004–ST008) with JSON paths such as <c>$.measures[1].field</c>.</summary>
    public ValidationReport Validate()
    {
        var issues = new List<ValidationIssue>();
        var seen = new HashSet<FactField>();
        for (var i = 0; i < Dimensions.Length; i++)
        {
            var path = JsonPaths.Index(JsonPaths.Property(JsonPaths.Root, "dimensions"), i);
            if (!FactFields.IsDimension(Dimensions[i]))
            {
                issues.Add(ValidationIssue.Error(StatisticsIssueCodes.NotADimension, path, $"'{Dimensions[i]}' is not a dimension."));
            }
            else if (!seen.Add(Dimensions[i]))
            {
                issues.Add(ValidationIssue.Error(StatisticsIssueCodes.DuplicateDimension, path, $"Dimension '{Dimensions[i]}' is listed twice."));
            }
        }

        if (Measures.IsEmpty)
        {
            issues.Add(ValidationIssue.Error(StatisticsIssueCodes.NoMeasure, JsonPaths.Property(JsonPaths.Root, "measures"), "A request needs at least one measure."));
        }

        for (var i = 0; i < Measures.Length; i++)
        {
            var m = Measures[i];
            var path = JsonPaths.Property(JsonPaths.Index(JsonPaths.Property(JsonPaths.Root, "measures"), i), "field");
            var fits = m.Kind switch
            {
                AggregateKind.Count => m.Field is null,
                AggregateKind.DistinctCount => m.Field is { } d && FactFields.IsDimension(d),
                AggregateKind.Sum or AggregateKind.Min or AggregateKind.Max => m.Field is { } n && FactFields.IsNumeric(n),
                _ => false,
            };
            if (!fits)
            {
                issues.Add(ValidationIssue.Error(StatisticsIssueCodes.MeasureFieldMismatch, path,
                    $"{m.Kind} does not take field '{m.Field?.ToString() ?? "(none)"}': count takes none, distinct count a dimension, sum/min/max a numeric field."));
            }
        }

        if (From is { } from && To is { } to && to < from)
        {
            issues.Add(ValidationIssue.Error(StatisticsIssueCodes.PeriodRangeReversed, JsonPaths.Property(JsonPaths.Root, "to"),
                $"The period ends ({to}) before it starts ({from})."));
        }

        for (var i = 0; i < Filters.Length; i++)
        {
            if (Filters[i] is null || !FactFields.IsDimension(Filters[i].Field))
            {
                issues.Add(ValidationIssue.Error(StatisticsIssueCodes.NotADimension,
                    JsonPaths.Property(JsonPaths.Index(JsonPaths.Property(JsonPaths.Root, "filters"), i), "field"),
                    "A filter must name a dimension."));
            }
        }

        return ValidationReport.From(issues);
    }

    /// <summary>The result columns: the dimensions, then the measures.</summary>
    public ImmutableArray<StatColumn> Columns() =>
    [
        .. Dimensions.Select(d => new StatColumn(
            System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(d.ToString()),
            Localization.Labels.ZhCn(d),
            Localization.Labels.En(d),
            StatColumnKind.Dimension)),
        .. Measures.Select(m => new StatColumn(m.Key, m.ChineseLabel, m.EnglishLabel, StatColumnKind.Measure)),
    ];
}
