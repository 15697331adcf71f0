namespace AccountabilityKit.Statistics.Queryable;

/// <summary>
/// One row of a translated GROUP BY: the grouped key properties (inherited from <see cref="StatGroupKey"/>) and the
/// values of the request's base aggregates in <c>Value0</c>…<c>Value15</c> (fixed properties, because a query
/// provider can only translate a member initialisation, not an array of aggregates). Returned by the query that
/// <see cref="QueryableStatExecutor.BuildQuery"/> builds; pass a list of them to <see cref="QueryableStatExecutor.ToTable"/>.
/// </summary>
internal sealed class StatGroup : StatGroupKey
{
    /// <summary>The value of base aggregate 0 (see <see cref="Aggregation.StatRequest.BaseMeasures"/>).</summary>
    public long? Value0 { get; init; }

    /// <summary>The value of base aggregate 1 (see <see cref="Aggregation.StatRequest.BaseMeasures"/>).</summary>
    public long? Value1 { get; init; }

    /// <summary>The value of base aggregate 2 (see <see cref="Aggregation.StatRequest.BaseMeasures"/>).</summary>
    public long? Value2 { get; init; }

    /// <summary>The value of base aggregate 3 (see <see cref="Aggregation.StatRequest.BaseMeasures"/>).</summary>
    public long? Value3 { get; init; }

    /// <summary>The value of base aggregate 4 (see <see cref="Aggregation.StatRequest.BaseMeasures"/>).</summary>
    public long? Value4 { get; init; }

    /// <summary>The value of base aggregate 5 (see <see cref="Aggregation.StatRequest.BaseMeasures"/>).</summary>
    public long? Value5 { get; init; }

    /// <summary>The value of base aggregate 6 (see <see cref="Aggregation.StatRequest.BaseMeasures"/>).</summary>
    public long? Value6 { get; init; }

    /// <summary>The value of base aggregate 7 (see <see cref="Aggregation.StatRequest.BaseMeasures"/>).</summary>
    public long? Value7 { get; init; }

    /// <summary>The value of base aggregate 8 (see <see cref="Aggregation.StatRequest.BaseMeasures"/>).</summary>
    public long? Value8 { get; init; }

    /// <summary>The value of base aggregate 9 (see <see cref="Aggregation.StatRequest.BaseMeasures"/>).</summary>
    public long? Value9 { get; init; }

    /// <summary>The value of base aggregate 10 (see <see cref="Aggregation.StatRequest.BaseMeasures"/>).</summary>
    public long? Value10 { get; init; }

    /// <summary>The value of base aggregate 11 (see <see cref="Aggregation.StatRequest.BaseMeasures"/>).</summary>
    public long? Value11 { get; init; }

    /// <summary>The value of base aggregate 12 (see <see cref="Aggregation.StatRequest.BaseMeasures"/>).</summary>
    public long? Value12 { get; init; }

    /// <summary>The value of base aggregate 13 (see <see cref="Aggregation.StatRequest.BaseMeasures"/>).</summary>
    public long? Value13 { get; init; }

    /// <summary>The value of base aggregate 14 (see <see cref="Aggregation.StatRequest.BaseMeasures"/>).</summary>
    public long? Value14 { get; init; }

    /// <summary>The value of base aggregate 15 (see <see cref="Aggregation.StatRequest.BaseMeasures"/>).</summary>
    public long? Value15 { get; init; }

    /// <summary>The value of base aggregate <paramref name="index"/> (0–15).</summary>
    /// <param name="index">The index in <see cref="Aggregation.StatRequest.BaseMeasures"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not within 0–15.</exception>
    public long? ValueAt(int index) => index switch
    {
        0 => Value0,
        1 => Value1,
        2 => Value2,
        3 => Value3,
        4 => Value4,
        5 => Value5,
        6 => Value6,
        7 => Value7,
        8 => Value8,
        9 => Value9,
        10 => Value10,
        11 => Value11,
        12 => Value12,
        13 => Value13,
        14 => Value14,
        15 => Value15,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "A group holds base aggregates 0 to 15."),
    };
}
