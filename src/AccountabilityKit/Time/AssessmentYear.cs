using System.Globalization;
using System.Text.Json.Serialization;
using AccountabilityKit.Localization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Time;

/// <summary>
/// An assessment year (考核年度): a calendar year in the ISO calendar, 1900..9999. Serialized as a JSON number.
/// </summary>
[JsonConverter(typeof(AssessmentYearJsonConverter))]
public readonly record struct AssessmentYear : IComparable<AssessmentYear>
{
    /// <summary>The smallest supported year.</summary>
    public const int MinValue = 1900;

    /// <summary>The largest supported year.</summary>
    public const int MaxValue = 9999;

    // Stored as the offset from MinValue so that default(AssessmentYear) is the valid year 1900.
    private readonly int _offset;

    /// <summary>Creates a year.</summary>
    /// <param name="value">The calendar year, 1900..9999.</param>
    /// <exception cref="ValidationFailedException">The year is out of range (<c>AK022</c>).</exception>
    public AssessmentYear(int value)
    {
        if (Check(value, nameof(value)) is { } issue)
        {
            throw new ValidationFailedException(issue);
        }

        _offset = value - MinValue;
    }

    /// <summary>The calendar year number (<c>default(AssessmentYear)</c> is 1900).</summary>
    public int Value => _offset + MinValue;

    /// <summary>1 January of the year.</summary>
    public LocalDate FirstDay => new(Value, 1, 1);

    /// <summary>31 December of the year.</summary>
    public LocalDate LastDay => new(Value, 12, 31);

    /// <summary>The first quarter of the year.</summary>
    public AssessmentQuarter FirstQuarter => new(this, 1);

    /// <summary>The four quarters of the year, in order.</summary>
    public IReadOnlyList<AssessmentQuarter> Quarters => [new(this, 1), new(this, 2), new(this, 3), new(this, 4)];

    /// <summary>The year containing <paramref name="date"/>.</summary>
    /// <param name="date">An ISO calendar date.</param>
    public static AssessmentYear FromDate(LocalDate date) => new(date.Year);

    /// <summary>Parses a four-digit year such as <c>2021</c>.</summary>
    /// <param name="text">The text.</param>
    /// <exception cref="ValidationFailedException">The text is not a year (<c>AK020</c>) or out of range (<c>AK022</c>).</exception>
    public static AssessmentYear Parse(string text)
    {
        var issue = TryParseCore(text, out var year);
        return issue is null ? year : throw new ValidationFailedException(issue);
    }

    /// <summary>Parses a four-digit year without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="year">The year when the text is valid.</param>
    public static bool TryParse(string? text, out AssessmentYear year) => TryParseCore(text, out year) is null;

    /// <summary>The following year.</summary>
    public AssessmentYear Next() => new(Value + 1);

    /// <summary>The preceding year.</summary>
    public AssessmentYear Previous() => new(Value - 1);

    /// <summary>True when <paramref name="date"/> falls within the year.</summary>
    /// <param name="date">An ISO calendar date.</param>
    public bool Contains(LocalDate date) => date.Calendar == CalendarSystem.Iso && date.Year == Value;

    /// <summary>The given quarter of this year.</summary>
    /// <param name="quarter">1..4.</param>
    public AssessmentQuarter Quarter(int quarter) => new(this, quarter);

    /// <inheritdoc />
    public int CompareTo(AssessmentYear other) => Value.CompareTo(other.Value);

    /// <summary>Ordering by year.</summary>
    /// <param name="left">The left year.</param>
    /// <param name="right">The right year.</param>
    public static bool operator <(AssessmentYear left, AssessmentYear right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by year.</summary>
    /// <param name="left">The left year.</param>
    /// <param name="right">The right year.</param>
    public static bool operator >(AssessmentYear left, AssessmentYear right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by year.</summary>
    /// <param name="left">The left year.</param>
    /// <param name="right">The right year.</param>
    public static bool operator <=(AssessmentYear left, AssessmentYear right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by year.</summary>
    /// <param name="left">The left year.</param>
    /// <param name="right">The right year.</param>
    public static bool operator >=(AssessmentYear left, AssessmentYear right) => left.CompareTo(right) >= 0;

    /// <summary>The year as four digits, e.g. <c>2021</c>.</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    internal static ValidationIssue? Check(int value, string path) =>
        value is < MinValue or > MaxValue
            ? ValidationIssue.Error(VocabularyIssueCodes.YearOutOfRange, path, Catalog.Of(nameof(Messages.YearOutOfRange), ("year", value), ("min", MinValue), ("max", MaxValue)))
            : null;

    private static ValidationIssue? TryParseCore(string? text, out AssessmentYear year)
    {
        year = default;
        if (text is null || text.Length != 4 || !text.All(char.IsAsciiDigit))
        {
            return ValidationIssue.Error(VocabularyIssueCodes.MalformedPeriod, nameof(text), Catalog.Of(nameof(Messages.YearMalformed), ("text", text)));
        }

        var value = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        if (Check(value, nameof(text)) is { } issue)
        {
            return issue;
        }

        year = new AssessmentYear(value);
        return null;
    }
}
