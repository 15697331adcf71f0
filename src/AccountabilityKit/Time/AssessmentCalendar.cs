using NodaTime;

namespace AccountabilityKit.Time;

/// <summary>
/// Today's date, quarter and year as the assessment sees them: read from an injected <see cref="IClock"/> in a
/// given time zone (China Standard Time, <c>Asia/Shanghai</c>, by default). Register one instance per application;
/// tests pass a <c>FakeClock</c>.
/// </summary>
public sealed class AssessmentCalendar
{
    /// <summary>The time zone of Chinese government offices, <c>Asia/Shanghai</c>.</summary>
    public static DateTimeZone ChinaStandardTime { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Creates the calendar.</summary>
    /// <param name="clock">Where the current instant comes from.</param>
    /// <param name="zone">The time zone in which dates are read; <see cref="ChinaStandardTime"/> when null.</param>
    public AssessmentCalendar(IClock clock, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Clock = clock;
        Zone = zone ?? ChinaStandardTime;
    }

    /// <summary>The clock.</summary>
    public IClock Clock { get; }

    /// <summary>The time zone in which dates are read.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The current instant.</summary>
    public Instant Now => Clock.GetCurrentInstant();

    /// <summary>Today's date in <see cref="Zone"/>.</summary>
    public LocalDate Today => Now.InZone(Zone).Date;

    /// <summary>The quarter containing <see cref="Today"/>.</summary>
    public AssessmentQuarter CurrentQuarter => AssessmentQuarter.FromDate(Today);

    /// <summary>The year containing <see cref="Today"/>.</summary>
    public AssessmentYear CurrentYear => AssessmentYear.FromDate(Today);
}
