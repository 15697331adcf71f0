using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Statistics.Reports;

/// <summary>
/// The period a report covers: an inclusive range of quarters (a year is its four quarters). Its year-over-year
/// comparison is <see cref="SamePeriodLastYear"/>.
/// </summary>
public sealed record ReportPeriod
{
    /// <summary>Creates the period <paramref name="from"/>–<paramref name="to"/> (inclusive).</summary>
    /// <param name="from">The first quarter.</param>
    /// <param name="to">The last quarter.</param>
    /// <exception cref="ValidationFailedException">The period ends before it starts (ST007, <c>$.to</c>).</exception>
    public ReportPeriod(AssessmentQuarter from, AssessmentQuarter to)
    {
        if (to < from)
        {
            throw new ValidationFailedException(new ValidationReportBuilder().Error(StatisticsIssueCodes.PeriodRangeReversed, "to",
                Catalog.Of(nameof(Messages.PeriodReversed), ("from", from), ("to", to))).Build());
        }

        From = from;
        To = to;
    }

    /// <summary>The first quarter (inclusive).</summary>
    public AssessmentQuarter From { get; }

    /// <summary>The last quarter (inclusive).</summary>
    public AssessmentQuarter To { get; }

    /// <summary>Whether the period is one whole calendar year.</summary>
    public bool IsWholeYear => From.Year == To.Year && From.Quarter == 1 && To.Quarter == 4;

    /// <summary>The zh-CN label, e.g. "2021年", "2021年第二季度" or "2021年第一季度至2022年第二季度".</summary>
    public string ChineseLabel => Label.Chinese();

    /// <summary>The English label, e.g. "2021", "2021Q2" or "2021Q1–2022Q2".</summary>
    public string EnglishLabel => Label.English();

    /// <summary>The label as a catalogue message (a year, a quarter or a range of quarters), for titles that name the period.</summary>
    internal Localization.Message Label => IsWholeYear
        ? Catalog.Of(nameof(Messages.PeriodYear), ("year", From.Year))
        : From == To
            ? Catalog.Of(nameof(Messages.PeriodQuarter), ("quarter", From))
            : Catalog.Of(nameof(Messages.PeriodRange), ("from", From), ("to", To));

    /// <summary>The calendar year <paramref name="year"/> (its four quarters).</summary>
    /// <param name="year">The year.</param>
    public static ReportPeriod Year(int year) => new(new AssessmentQuarter(year, 1), new AssessmentQuarter(year, 4));

    /// <summary>One quarter.</summary>
    /// <param name="quarter">The quarter.</param>
    public static ReportPeriod Quarter(AssessmentQuarter quarter) => new(quarter, quarter);

    /// <summary>The same quarters one year earlier (the year-over-year comparison period).</summary>
    public ReportPeriod SamePeriodLastYear() => new(From.Plus(-4), To.Plus(-4));

    /// <summary>Whether <paramref name="quarter"/> lies in the period.</summary>
    /// <param name="quarter">A quarter.</param>
    public bool Contains(AssessmentQuarter quarter) => quarter >= From && quarter <= To;

    /// <summary>The period's slices at <paramref name="granularity"/>, in order (each clipped to the period).</summary>
    /// <param name="granularity">Whole period, years or quarters.</param>
    public IReadOnlyList<ReportPeriod> Slices(ReportGranularity granularity) => granularity switch
    {
        ReportGranularity.WholePeriod => [this],
        ReportGranularity.Year => [.. Enumerable.Range(From.Year.Value, To.Year.Value - From.Year.Value + 1)
            .Select(y => new ReportPeriod(Max(From, new AssessmentQuarter(y, 1)), Min(To, new AssessmentQuarter(y, 4))))],
        ReportGranularity.Quarter => [.. Enumerable.Range(0, From.QuartersUntil(To) + 1).Select(i => Quarter(From.Plus(i)))],
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Unknown granularity."),
    };

    /// <summary>The English label.</summary>
    public override string ToString() => EnglishLabel;

    private static AssessmentQuarter Max(AssessmentQuarter a, AssessmentQuarter b) => a >= b ? a : b;

    private static AssessmentQuarter Min(AssessmentQuarter a, AssessmentQuarter b) => a <= b ? a : b;
}
