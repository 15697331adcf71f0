using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Localization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Statistics.Columnar;

/// <summary>
/// A columnar, append-only store of <see cref="AccountabilityFact"/>s: one dictionary-encoded column per dimension
/// (codes in the narrowest unsigned width that fits: 1, 2 or 4 bytes) and one <see cref="int"/> column per numeric
/// field. Facts are validated when appended, so the engine can trust every stored code.
/// </summary>
public sealed class FactTable
{
    private readonly DimensionColumn?[] _dimensions;
    private readonly NumericColumn[] _numerics;
    private int _capacity;

    /// <summary>Creates an empty table storing every column.</summary>
    public FactTable()
        : this(FactTableOptions.AllColumns)
    {
    }

    /// <summary>Creates an empty table storing the dimension columns <paramref name="options"/> lists (and every numeric field).</summary>
    /// <param name="options">Which dimensions to store.</param>
    /// <exception cref="ArgumentException">The options name a field that is not a dimension.</exception>
    public FactTable(FactTableOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var d in options.Dimensions)
        {
            if (!FactFields.IsDimension(d))
            {
                throw new ArgumentException($"'{d}' is not a dimension.", nameof(options));
            }
        }

        Options = options;
        _dimensions = [.. FactFields.Dimensions.Select(d => options.Dimensions.Contains(d) ? new DimensionColumn() : null)];
        _numerics = [.. FactFields.Numerics.Select(_ => new NumericColumn())];
        _capacity = 16;
    }

    /// <summary>The number of rows.</summary>
    public int Count { get; private set; }

    /// <summary>Which dimensions the table stores.</summary>
    public FactTableOptions Options { get; }

    /// <summary>
    /// The bytes each row takes in the columns now: the code width of every stored dimension (1, 2 or 4) plus the width
    /// of every numeric field (1 or 2). Dictionaries (one entry per distinct value) and spare capacity come on top.
    /// </summary>
    internal int BytesPerRow => _dimensions.Sum(d => d?.Width ?? 0) + _numerics.Sum(n => n.Width);

    /// <summary>The bytes allocated for the column arrays (capacity × width, spare capacity included; dictionaries excluded).</summary>
    internal long AllocatedColumnBytes => _dimensions.Sum(d => d is null ? 0L : (long)d.Capacity * d.Width) + _numerics.Sum(n => (long)n.Capacity * n.Width);

    /// <summary>Whether the table stores <paramref name="dimension"/>.</summary>
    /// <param name="dimension">A dimension.</param>
    public bool Stores(FactField dimension) => FactFields.IsDimension(dimension) && _dimensions[(int)dimension] is not null;

    /// <summary>The number of distinct values (an absent value included) of a dimension.</summary>
    /// <param name="dimension">A dimension.</param>
    public int CardinalityOf(FactField dimension) => Dimension(dimension).Cardinality;

    /// <summary>The bytes per row of a dimension's codes: 1, 2 or 4.</summary>
    /// <param name="dimension">A dimension.</param>
    internal int CodeWidthOf(FactField dimension) => Dimension(dimension).Width;

    /// <summary>Lists every problem of <paramref name="fact"/> (ST009) with JSON paths such as <c>$.caseId</c>.</summary>
    /// <param name="fact">A fact.</param>
    public static ValidationReport Validate(AccountabilityFact fact)
    {
        if (fact is null)
        {
            return new ValidationReportBuilder().Error(StatisticsIssueCodes.InvalidFact, string.Empty, Catalog.Of(nameof(Messages.FactMissing))).Build();
        }

        var issues = new ValidationReportBuilder();
        if (string.IsNullOrWhiteSpace(fact.CaseId))
        {
            issues.Error(StatisticsIssueCodes.InvalidFact, "caseId", Catalog.Of(nameof(Messages.FactNeedsCaseId)));
        }

        if (fact.Region.Value.Length == 0)
        {
            issues.Error(StatisticsIssueCodes.InvalidFact, "region", Catalog.Of(nameof(Messages.FactNeedsRegion)));
        }

        if (fact.Unit.Value.Length == 0)
        {
            issues.Error(StatisticsIssueCodes.InvalidFact, "unit", Catalog.Of(nameof(Messages.FactNeedsUnit)));
        }

        foreach (var field in FactFields.Numerics)
        {
            var value = FactValues.Number(fact, field);
            if (value is < 0 or > ushort.MaxValue)
            {
                issues.Error(StatisticsIssueCodes.InvalidFact, FactFieldDescriptor.Of(field).Key,
                    Catalog.Of(nameof(Messages.FactNumberOutOfRange), MessageArgument.Of("field", field), ("max", (int)ushort.MaxValue), ("value", value)));
            }
        }

        return issues.Build();
    }

    /// <summary>Appends one fact.</summary>
    /// <param name="fact">A valid fact.</param>
    /// <exception cref="ValidationFailedException">The fact is invalid (ST009); nothing is appended.</exception>
    public void Append(AccountabilityFact fact)
    {
        Validate(fact).ThrowIfInvalid();
        AppendTrusted(fact);
    }

    /// <summary>Appends facts, all or none.</summary>
    /// <param name="facts">Valid facts.</param>
    /// <exception cref="ValidationFailedException">A fact is invalid (ST009, paths <c>$[i]...</c>); nothing is appended.</exception>
    public void AppendRange(IEnumerable<AccountabilityFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var list = facts as IReadOnlyList<AccountabilityFact> ?? [.. facts];
        var issues = new ValidationReportBuilder();
        for (var i = 0; i < list.Count; i++)
        {
            var report = Validate(list[i]);
            if (!report.IsValid)
            {
                issues.At(string.Empty, i).AddUnder(report);
            }
        }

        issues.Build().ThrowIfInvalid();
        EnsureCapacity(Count + list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            AppendTrusted(list[i]);
        }
    }

    internal DimensionColumn Dimension(FactField field) =>
        !FactFields.IsDimension(field) ? throw new ArgumentOutOfRangeException(nameof(field), field, "Not a dimension.")
        : _dimensions[(int)field] ?? throw new ArgumentOutOfRangeException(nameof(field), field, "The table does not store this dimension (see FactTableOptions).");

    internal NumericColumn Numeric(FactField field) =>
        FactFields.IsNumeric(field) ? _numerics[(int)field - (int)FactField.Persons] : throw new ArgumentOutOfRangeException(nameof(field), field, "Not a numeric field.");

    private void EnsureCapacity(int needed)
    {
        if (needed <= _capacity)
        {
            return;
        }

        _capacity = Math.Max(needed, _capacity * 2);
    }

    private void AppendTrusted(AccountabilityFact fact)
    {
        EnsureCapacity(Count + 1);
        var row = Count;
        foreach (var field in FactFields.Dimensions)
        {
            if (_dimensions[(int)field] is not { } column)
            {
                continue;
            }

            column.Set(row, column.CodeOf(FactValues.Text(fact, field)), _capacity);
        }

        foreach (var field in FactFields.Numerics)
        {
            _numerics[(int)field - (int)FactField.Persons].Set(row, FactValues.Number(fact, field), _capacity);
        }

        Count++;
    }
}
