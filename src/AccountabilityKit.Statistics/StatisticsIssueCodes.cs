namespace AccountabilityKit.Statistics;

/// <summary>The issue codes (prefix <c>ST</c>) reported by the statistics package; each is documented in the package README.</summary>
public static class StatisticsIssueCodes
{
    /// <summary>A case has no decision date (<c>decidedOn</c>), so it cannot be placed in a quarter.</summary>
    public const string CaseNotDecided = "ST001";

    /// <summary>A unit named by a case (authority or subject) is not in the organisation tree.</summary>
    public const string UnitNotInTree = "ST002";

    /// <summary>A subject held to account (organisation or cadre) lists no accountability form.</summary>
    public const string SubjectWithoutForm = "ST003";

    /// <summary>A request lists the same dimension twice.</summary>
    public const string DuplicateDimension = "ST004";

    /// <summary>A request names a field that is not a dimension where a dimension is required.</summary>
    public const string NotADimension = "ST005";

    /// <summary>A measure's field does not fit its aggregate (sum/min/max need a numeric field, distinct count a dimension, count none).</summary>
    public const string MeasureFieldMismatch = "ST006";

    /// <summary>A request's period range ends before it starts.</summary>
    public const string PeriodRangeReversed = "ST007";

    /// <summary>A request has no measure.</summary>
    public const string NoMeasure = "ST008";

    /// <summary>A fact appended to a fact table is invalid (missing case id, negative or out-of-range counts, default quarter).</summary>
    public const string InvalidFact = "ST009";

    /// <summary>An operand of a share or ratio is missing or not a base aggregate, or a base aggregate has operands.</summary>
    public const string InvalidOperand = "ST010";

    /// <summary>A share of the total is asked of a minimum or maximum, which has none.</summary>
    public const string ShareOfExtreme = "ST011";

    /// <summary>A top-N names a measure key that is not among the request's measures.</summary>
    public const string UnknownTopMeasure = "ST012";

    /// <summary>A top-N keeps zero or fewer groups.</summary>
    public const string TopCountNotPositive = "ST013";

    /// <summary>A top-N is asked of a request without dimensions.</summary>
    public const string TopWithoutDimensions = "ST014";

    /// <summary>A request needs more distinct base aggregates than <see cref="Aggregation.StatRequest.MaxBaseMeasures"/>.</summary>
    public const string TooManyMeasures = "ST015";
}
