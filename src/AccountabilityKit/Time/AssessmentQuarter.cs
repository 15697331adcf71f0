using System.Globalization;
using System.Text.Json.Serialization;
using AccountabilityKit.Localization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Time;

/// <summary>
/// A calendar quarter of an assessment year (季度), written <c>2021Q2</c>. Quarters are ordered in time and support
/// arithmetic (<see cref="Plus"/>, <see cref="Next"/>, <see cref="Previous"/>, <see cref="QuartersUntil"/>).
/// Serialized as a JSON string such as <c>"2021Q2"</c>.
/// </summary>
[JsonConverter(typeof(AssessmentQuarterJsonConverter))]
public readonly record struct AssessmentQuarter : IComparable<AssessmentQuarter>
{
    // Quarters since 1900Q1, so that default(AssessmentQuarter) is the valid quarter 1900Q1 and ordering is one int compare.
    private readonly int _ordinal;

    /// <summary>Creates a quarter.</summary>
    /// <param name="year">The assessment year.</param>
    /// <param name="quarter">The quarter, 1..4.</param>
    /// <exception cref="ValidationFailedException">The quarter is outside 1..4 (<c>AK021</c>).</exception>
    public AssessmentQuarter(AssessmentYear year, int quarter)
    {
        if (quarter is < 1 or > 4)
        {
            throw new ValidationFailedException(ValidationIssue.Error(
                VocabularyIssueCodes.QuarterOutOfRange, nameof(quarter), Catalog.Of(nameof(Messages.QuarterOutOfRange), ("quarter", quarter))));
        }

        _ordinal = checked(((year.Value - AssessmentYear.MinValue) * 4) + quarter - 1);
    }

    /// <summary>Creates a quarter.</summary>
    /// <param name="year">The calendar year, 1900..9999.</param>
    /// <param name="quarter">The quarter, 1..4.</param>
    /// <exception cref="ValidationFailedException">The year (<c>AK022</c>) or quarter (<c>AK021</c>) is out of range.</exception>
    public AssessmentQuarter(int year, int quarter)
        : this(new AssessmentYear(year), quarter)
    {
    }

    private AssessmentQuarter(int ordinal) => _ordinal = ordinal;

    /// <summary>The earliest supported quarter, 1900Q1.</summary>
    public static AssessmentQuarter MinValue => default;

    /// <summary>The latest supported quarter, 9999Q4.</summary>
    public static AssessmentQuarter MaxValue => new(AssessmentYear.MaxValue, 4);

    /// <summary>The assessment year.</summary>
    public AssessmentYear Year => new((_ordinal / 4) + AssessmentYear.MinValue);

    /// <summary>The quarter number, 1..4.</summary>
    public int Quarter => (_ordinal % 4) + 1;

    /// <summary>The first day of the quarter (1 January, 1 April, 1 July or 1 October).</summary>
    public LocalDate FirstDay => new(Year.Value, ((Quarter - 1) * 3) + 1, 1);

    /// <summary>The last day of the quarter (31 March, 30 June, 30 September or 31 December).</summary>
    // Last month of the quarter, then its last day: FirstDay.PlusMonths(3) would overflow for 9999Q4.
    public LocalDate LastDay => FirstDay.PlusMonths(2).With(DateAdjusters.EndOfMonth);

    /// <summary>The quarter as a closed date interval, <see cref="FirstDay"/>..<see cref="LastDay"/>.</summary>
    public DateInterval Dates => new(FirstDay, LastDay);

    /// <summary>
    /// A dense, order-preserving integer for the quarter: quarters since 1900Q1 (1900Q1 = 0, 2021Q2 = 485).
    /// Useful as a database column or an array index; <see cref="FromOrdinal"/> reverses it.
    /// </summary>
    public int Ordinal => _ordinal;

    /// <summary>The quarter containing <paramref name="date"/>.</summary>
    /// <param name="date">An ISO calendar date in 1900..9999.</param>
    /// <exception cref="ValidationFailedException">The date's year is out of range (<c>AK022</c>).</exception>
    public static AssessmentQuarter FromDate(LocalDate date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    /// <summary>The quarter with the given <see cref="Ordinal"/>.</summary>
    /// <param name="ordinal">Quarters since 1900Q1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The ordinal is outside 1900Q1..9999Q4.</exception>
    public static AssessmentQuarter FromOrdinal(int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ordinal, MaxValue._ordinal);
        return new AssessmentQuarter(ordinal);
    }

    /// <summary>Parses the text form <c>yyyyQn</c>, e.g. <c>2021Q2</c> (a lower-case <c>q</c> is accepted).</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="ValidationFailedException">The text is malformed (<c>AK020</c>) or out of range (<c>AK021</c>, <c>AK022</c>).</exception>
    public static AssessmentQuarter Parse(string text)
    {
        var issue = TryParseCore(text, out var quarter);
        return issue is null ? quarter : throw new ValidationFailedException(issue);
    }

    /// <summary>Parses the text form <c>yyyyQn</c> without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="quarter">The quarter when the text is valid.</param>
    public static bool TryParse(string? text, out AssessmentQuarter quarter) => TryParseCore(text, out quarter) is null;

    /// <summary>True when <paramref name="date"/> falls within the quarter.</summary>
    /// <param name="date">An ISO calendar date.</param>
    public bool Contains(LocalDate date) => date.Calendar == CalendarSystem.Iso && date >= FirstDay && date <= LastDay;

    /// <summary>The quarter <paramref name="quarters"/> later (or earlier, when negative).</summary>
    /// <param name="quarters">How many quarters to move.</param>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside 1900Q1..9999Q4.</exception>
    public AssessmentQuarter Plus(int quarters)
    {
        var ordinal = (long)_ordinal + quarters;
        if (ordinal < 0 || ordinal > MaxValue._ordinal)
        {
            throw new ArgumentOutOfRangeException(nameof(quarters), quarters, $"{this} plus {quarters} quarters is outside {MinValue}..{MaxValue}.");
        }

        return new AssessmentQuarter((int)ordinal);
    }

    /// <summary>The following quarter (2021Q4 → 2022Q1).</summary>
    public AssessmentQuarter Next() => Plus(1);

    /// <summary>The preceding quarter (2022Q1 → 2021Q4).</summary>
    public AssessmentQuarter Previous() => Plus(-1);

    /// <summary>How many quarters from this one to <paramref name="other"/> (positive when <paramref name="other"/> is later).</summary>
    /// <param name="other">Another quarter.</param>
    public int QuartersUntil(AssessmentQuarter other) => other._ordinal - _ordinal;

    /// <inheritdoc />
    public int CompareTo(AssessmentQuarter other) => _ordinal.CompareTo(other._ordinal);

    /// <summary>Ordering in time.</summary>
    /// <param name="left">The left quarter.</param>
    /// <param name="right">The right quarter.</param>
    public static bool operator <(AssessmentQuarter left, AssessmentQuarter right) => left._ordinal < right._ordinal;

    /// <summary>Ordering in time.</summary>
    /// <param name="left">The left quarter.</param>
    /// <param name="right">The right quarter.</param>
    public static bool operator >(AssessmentQuarter left, AssessmentQuarter right) => left._ordinal > right._ordinal;

    /// <summary>Ordering in time.</summary>
    /// <param name="left">The left quarter.</param>
    /// <param name="right">The right quarter.</param>
    public static bool operator <=(AssessmentQuarter left, AssessmentQuarter right) => left._ordinal <= right._ordinal;

    /// <summary>Ordering in time.</summary>
    /// <param name="left">The left quarter.</param>
    /// <param name="right">The right quarter.</param>
    public static bool operator >=(AssessmentQuarter left, AssessmentQuarter right) => left._ordinal >= right._ordinal;

    /// <summary>The text form, e.g. <c>2021Q2</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year.Value}Q{Quarter}");

    /// <summary>The Chinese form, e.g. <c>2021年第二季度</c>.</summary>
    public string ToChineseString() => string.Create(
        CultureInfo.InvariantCulture, $"{Year.Value}年第{ChineseNumerals.Format(Quarter)}季度");

    private static ValidationIssue? TryParseCore(string? text, out AssessmentQuarter quarter)
    {
        quarter = default;
        if (text is null || text.Length != 6 || text[4] is not ('Q' or 'q') || text.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9') || !char.IsAsciiDigit(text[5]))
        {
            return ValidationIssue.Error(VocabularyIssueCodes.MalformedPeriod, nameof(text), Catalog.Of(nameof(Messages.QuarterMalformed), ("text", text)));
        }

        var year = int.Parse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        var number = text[5] - '0';
        if (AssessmentYear.Check(year, nameof(text)) is { } yearIssue)
        {
            return yearIssue;
        }

        if (number is < 1 or > 4)
        {
            return ValidationIssue.Error(VocabularyIssueCodes.QuarterOutOfRange, nameof(text), Catalog.Of(nameof(Messages.QuarterOutOfRange), ("quarter", number)));
        }

        quarter = new AssessmentQuarter(year, number);
        return null;
    }
}
