using System.Collections.Immutable;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using AccountabilityKit.Localization;
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
        var issues = new ValidationReportBuilder();
        var seen = new HashSet<FactField>();
        for (var i = 0; i < Dimensions.Length; i++)
        {
            var path = JsonPaths.Index("dimensions", i);
            if (!FactFields.IsDimension(Dimensions[i]))
            {
                issues.Error(StatisticsIssueCodes.NotADimension, path, Catalog.Of(nameof(Messages.NotADimension), Texts.Enum("field", Dimensions[i])));
            }
            else if (!seen.Add(Dimensions[i]))
            {
                issues.Error(StatisticsIssueCodes.DuplicateDimension, path, Catalog.Of(nameof(Messages.DimensionListedTwice), Texts.Enum("field", Dimensions[i])));
            }
        }

        if (Measures.IsEmpty)
        {
            issues.Error(StatisticsIssueCodes.NoMeasure, "measures", Catalog.Of(nameof(Messages.NoMeasure)));
        }

        for (var i = 0; i < Measures.Length; i++)
        {
            var measure = issues.At("measures", i);
            var m = Measures[i];
            if (m is null)
            {
                measure.Error(StatisticsIssueCodes.MeasureFieldMismatch, string.Empty, Catalog.Of(nameof(Messages.MeasureMissing)));
                continue;
            }

            if (!m.IsDerived)
            {
                ValidateBase(m, measure);
                continue;
            }

            if (m.Field is not null)
            {
                measure.Error(StatisticsIssueCodes.MeasureFieldMismatch, "field", Catalog.Of(nameof(Messages.DerivedTakesNoField), Texts.Enum("kind", m.Kind)));
            }

            ValidateOperand(m.Numerator, measure.Under("numerator"));
            if (m.Kind == AggregateKind.Ratio)
            {
                ValidateOperand(m.Denominator, measure.Under("denominator"));
            }
            else if (m.Denominator is not null)
            {
                measure.Error(StatisticsIssueCodes.InvalidOperand, "denominator", Catalog.Of(nameof(Messages.ShareTakesNoDenominator)));
            }

            if (m.Kind == AggregateKind.ShareOfTotal && m.Numerator is { Kind: AggregateKind.Min or AggregateKind.Max })
            {
                measure.Error(StatisticsIssueCodes.ShareOfExtreme, "numerator", Catalog.Of(nameof(Messages.ShareOfExtreme), MeasureArgument("measure", m.Numerator)));
            }
        }

        if (issues.Count == 0 && BaseMeasures().Length > MaxBaseMeasures)
        {
            issues.Error(StatisticsIssueCodes.TooManyMeasures, "measures",
                Catalog.Of(nameof(Messages.TooManyMeasures), ("count", BaseMeasures().Length), ("max", MaxBaseMeasures)));
        }

        if (Top is { } top)
        {
            var topN = issues.Under("top");
            if (Dimensions.IsEmpty)
            {
                topN.Error(StatisticsIssueCodes.TopWithoutDimensions, string.Empty, Catalog.Of(nameof(Messages.TopWithoutDimensions)));
            }

            if (top.Count <= 0)
            {
                topN.Error(StatisticsIssueCodes.TopCountNotPositive, "count", Catalog.Of(nameof(Messages.TopCountNotPositive), ("count", top.Count)));
            }

            if (!Measures.Any(m => m is not null && string.Equals(m.Key, top.MeasureKey, StringComparison.Ordinal)))
            {
                topN.Error(StatisticsIssueCodes.UnknownTopMeasure, "measureKey", Catalog.Of(nameof(Messages.UnknownTopMeasure),
                    ("key", top.MeasureKey), MessageArgument.List("keys", Measures.OfType<StatMeasure>().Select(m => m.Key))));
            }
        }

        if (From is { } from && To is { } to && to < from)
        {
            issues.Error(StatisticsIssueCodes.PeriodRangeReversed, "to", Catalog.Of(nameof(Messages.PeriodReversed), ("from", from), ("to", to)));
        }

        for (var i = 0; i < Filters.Length; i++)
        {
            if (Filters[i] is null || !FactFields.IsDimension(Filters[i].Field))
            {
                issues.At("filters", i).Error(StatisticsIssueCodes.NotADimension, "field", Catalog.Of(nameof(Messages.FilterNotADimension)));
            }
        }

        return issues.Build();
    }

    /// <summary>A measure as a message argument: its key as the code, its labels (the key where a label cannot be formed).</summary>
    internal static MessageArgument MeasureArgument(string name, StatMeasure measure)
    {
        try
        {
            return (name, new LabelledValue(measure.Key, measure.ChineseLabel, measure.EnglishLabel));
        }
        catch (ArgumentOutOfRangeException)
        {
            return (name, measure.Key);
        }
    }

    private static void ValidateOperand(StatMeasure? operand, ValidationReportBuilder issues)
    {
        if (operand is null)
        {
            issues.Error(StatisticsIssueCodes.InvalidOperand, string.Empty, Catalog.Of(nameof(Messages.OperandMissing)));
            return;
        }

        if (operand.IsDerived)
        {
            issues.Error(StatisticsIssueCodes.InvalidOperand, string.Empty, Catalog.Of(nameof(Messages.OperandNotBase), Texts.Enum("kind", operand.Kind)));
            return;
        }

        ValidateBase(operand, issues);
    }

    private static void ValidateBase(StatMeasure m, ValidationReportBuilder issues)
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
            issues.Error(StatisticsIssueCodes.MeasureFieldMismatch, "field", m.Field is { } field
                ? Catalog.Of(nameof(Messages.AggregateFieldMismatch), Texts.Enum("kind", m.Kind), Texts.Enum("field", field))
                : Catalog.Of(nameof(Messages.AggregateFieldMissing), Texts.Enum("kind", m.Kind)));
        }

        if (m.Numerator is not null || m.Denominator is not null)
        {
            issues.Error(StatisticsIssueCodes.InvalidOperand, "numerator", Catalog.Of(nameof(Messages.BaseTakesNoOperands), Texts.Enum("kind", m.Kind)));
        }
    }

    /// <summary>The result columns: the dimensions, then the measures.</summary>
    public ImmutableArray<StatColumn> Columns() =>
    [
        .. Dimensions.Select(FactFieldDescriptor.Of).Select(d => new StatColumn(d.Key, d.ChineseLabel, d.EnglishLabel, StatColumnKind.Dimension)),
        .. Measures.Select(m => new StatColumn(m.Key, m.ChineseLabel, m.EnglishLabel, StatColumnKind.Measure)
        {
            ValueKind = m.ValueKind,
            Scale = m.IsDerived ? StatMeasure.DerivedScale : 0,
        }),
    ];
}
