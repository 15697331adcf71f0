using System.Collections.Immutable;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Statistics.Aggregation;

/// <summary>
/// One aggregation request, shared by every execution path (<see cref="LinqStatExecutor"/>, the columnar engine, the
/// <c>IQueryable</c> translation): group by any subset of dimensions, compute measures (base aggregates, shares of
/// the total, ratios), keep only rows in a period range, a <see cref="DataScope"/> and dimension-value filters, and
/// optionally add rollup subtotals, a grand total and a top-N cut.
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

    /// <summary>
    /// Whether to add a subtotal row for each prefix of <see cref="Dimensions"/> (like SQL <c>GROUP BY ROLLUP</c>) and
    /// the grand total; each subtotal follows the groups it sums.
    /// </summary>
    public bool Rollup { get; init; }

    /// <summary>Keeps only the top groups of the finest level by one measure, or none (see <see cref="StatTopN"/>).</summary>
    public StatTopN? Top { get; init; }

    /// <summary>The largest number of distinct base aggregates (counted over measures and the operands of shares and ratios).</summary>
    public const int MaxBaseMeasures = 16;

    /// <summary>The distinct base aggregates the request needs, in order of first use: its base measures and the operands of its shares and ratios.</summary>
    public ImmutableArray<StatMeasure> BaseMeasures() =>
    [
        .. Measures.SelectMany(m => m.IsDerived ? new[] { m.Numerator, m.Denominator } : [m]).OfType<StatMeasure>().Distinct(),
    ];

    /// <summary>The GROUP BYs the request needs, finest first: the dimensions (if any), each shorter prefix when <see cref="Rollup"/> is set, and the grand total (level 0) when it is shown or a share needs it.</summary>
    public ImmutableArray<StatGroupingSet> GroupingSets()
    {
        var sets = new List<StatGroupingSet>();
        var lowest = Rollup ? 1 : Dimensions.Length;
        for (var level = Dimensions.Length; level >= Math.Max(1, lowest); level--)
        {
            sets.Add(new StatGroupingSet(level, Dimensions[..level]));
        }

        if (ShowsGrandTotal || Measures.Any(m => m.Kind == AggregateKind.ShareOfTotal))
        {
            sets.Add(new StatGroupingSet(0, []));
        }

        return [.. sets];
    }

    /// <summary>Whether the result has a grand-total row: asked for, part of a rollup, or the only row of a request without dimensions.</summary>
    public bool ShowsGrandTotal => IncludeGrandTotal || Rollup || Dimensions.IsEmpty;

    /// <summary>Lists every problem of the request (ST004–ST008, ST010–ST015) with JSON paths such as <c>$.measures[1].field</c>.</summary>
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
            var path = JsonPaths.Index(JsonPaths.Property(JsonPaths.Root, "measures"), i);
            var m = Measures[i];
            if (m is null)
            {
                issues.Add(ValidationIssue.Error(StatisticsIssueCodes.MeasureFieldMismatch, path, "A measure is missing."));
                continue;
            }

            if (!m.IsDerived)
            {
                ValidateBase(m, path, issues);
                continue;
            }

            if (m.Field is not null)
            {
                issues.Add(ValidationIssue.Error(StatisticsIssueCodes.MeasureFieldMismatch, JsonPaths.Property(path, "field"),
                    $"{m.Kind} takes no field; it reads its operands."));
            }

            ValidateOperand(m.Numerator, JsonPaths.Property(path, "numerator"), issues);
            if (m.Kind == AggregateKind.Ratio)
            {
                ValidateOperand(m.Denominator, JsonPaths.Property(path, "denominator"), issues);
            }
            else if (m.Denominator is not null)
            {
                issues.Add(ValidationIssue.Error(StatisticsIssueCodes.InvalidOperand, JsonPaths.Property(path, "denominator"),
                    "A share of the total takes no denominator: it divides by the grand total of its own measure."));
            }

            if (m.Kind == AggregateKind.ShareOfTotal && m.Numerator is { Kind: AggregateKind.Min or AggregateKind.Max })
            {
                issues.Add(ValidationIssue.Error(StatisticsIssueCodes.ShareOfExtreme, JsonPaths.Property(path, "numerator"),
                    $"A minimum or maximum has no share of the total; take shares of counts, sums or distinct counts ({m.Numerator.Key})."));
            }
        }

        if (issues.Count == 0 && BaseMeasures().Length > MaxBaseMeasures)
        {
            issues.Add(ValidationIssue.Error(StatisticsIssueCodes.TooManyMeasures, JsonPaths.Property(JsonPaths.Root, "measures"),
                $"The request needs {BaseMeasures().Length} distinct base aggregates; at most {MaxBaseMeasures} are allowed."));
        }

        if (Top is { } top)
        {
            var topPath = JsonPaths.Property(JsonPaths.Root, "top");
            if (Dimensions.IsEmpty)
            {
                issues.Add(ValidationIssue.Error(StatisticsIssueCodes.TopWithoutDimensions, topPath, "A top-N needs at least one dimension to rank groups by."));
            }

            if (top.Count <= 0)
            {
                issues.Add(ValidationIssue.Error(StatisticsIssueCodes.TopCountNotPositive, JsonPaths.Property(topPath, "count"),
                    $"A top-N keeps at least one group, not {top.Count}."));
            }

            if (!Measures.Any(m => m is not null && string.Equals(m.Key, top.MeasureKey, StringComparison.Ordinal)))
            {
                issues.Add(ValidationIssue.Error(StatisticsIssueCodes.UnknownTopMeasure, JsonPaths.Property(topPath, "measureKey"),
                    $"'{top.MeasureKey}' is not the key of a measure of the request ({string.Join(", ", Measures.OfType<StatMeasure>().Select(m => m.Key))})."));
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

    private static void ValidateOperand(StatMeasure? operand, string path, List<ValidationIssue> issues)
    {
        if (operand is null || operand.IsDerived)
        {
            issues.Add(ValidationIssue.Error(StatisticsIssueCodes.InvalidOperand, path,
                operand is null ? "The operand is missing." : $"The operand must be a base aggregate (count, sum, distinct count, min, max), not {operand.Kind}."));
            return;
        }

        ValidateBase(operand, path, issues);
    }

    private static void ValidateBase(StatMeasure m, string path, List<ValidationIssue> issues)
    {
        var fits = m.Kind switch
        {
            AggregateKind.Count => m.Field is null,
            AggregateKind.DistinctCount => m.Field is { } d && FactFields.IsDimension(d),
            AggregateKind.Sum or AggregateKind.Min or AggregateKind.Max => m.Field is { } n && FactFields.IsNumeric(n),
            _ => false,
        };
        if (!fits)
        {
            issues.Add(ValidationIssue.Error(StatisticsIssueCodes.MeasureFieldMismatch, JsonPaths.Property(path, "field"),
                $"{m.Kind} does not take field '{m.Field?.ToString() ?? "(none)"}': count takes none, distinct count a dimension, sum/min/max a numeric field."));
        }

        if (m.Numerator is not null || m.Denominator is not null)
        {
            issues.Add(ValidationIssue.Error(StatisticsIssueCodes.InvalidOperand, JsonPaths.Property(path, "numerator"),
                $"{m.Kind} is a base aggregate and takes no operands."));
        }
    }

    /// <summary>The result columns: the dimensions, then the measures.</summary>
    public ImmutableArray<StatColumn> Columns() =>
    [
        .. Dimensions.Select(d => new StatColumn(
            System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(d.ToString()),
            Localization.Labels.ZhCn(d),
            Localization.Labels.En(d),
            StatColumnKind.Dimension)),
        .. Measures.Select(m => new StatColumn(m.Key, m.ChineseLabel, m.EnglishLabel, StatColumnKind.Measure)
        {
            ValueKind = m.ValueKind,
            Scale = m.IsDerived ? StatMeasure.DerivedScale : 0,
        }),
    ];
}
