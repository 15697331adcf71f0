using AccountabilityKit.Tests.TestSupport;
using AccountabilityKit.Time;
using NodaTime;

namespace AccountabilityKit.Tests.Time;

public class AssessmentCalendarTests
{
    // 2021-06-30T16:30Z is 2021-07-01 00:30 in Asia/Shanghai (UTC+8).
    private static readonly Instant LateJune = Instant.FromUtc(2021, 6, 30, 16, 30);

    [Fact]
    public void Zone_Default_IsAsiaShanghai()
    {
        var calendar = new AssessmentCalendar(new FixedClock(LateJune));

        calendar.Zone.Id.Should().Be("Asia/Shanghai");
        calendar.Zone.Should().BeSameAs(AssessmentCalendar.ChinaStandardTime);
    }

    [Fact]
    public void CurrentQuarter_InstantAfterShanghaiMidnight_IsNextQuarter()
    {
        var calendar = new AssessmentCalendar(new FixedClock(LateJune));

        calendar.Now.Should().Be(LateJune);
        calendar.Today.Should().Be(new LocalDate(2021, 7, 1));
        calendar.CurrentQuarter.Should().Be(new AssessmentQuarter(2021, 3));
        calendar.CurrentYear.Should().Be(new AssessmentYear(2021));
    }

    [Fact]
    public void CurrentQuarter_ExplicitUtcZone_IsStillTheOldQuarter()
    {
        var calendar = new AssessmentCalendar(new FixedClock(LateJune), DateTimeZone.Utc);

        calendar.Zone.Should().Be(DateTimeZone.Utc);
        calendar.Today.Should().Be(new LocalDate(2021, 6, 30));
        calendar.CurrentQuarter.Should().Be(new AssessmentQuarter(2021, 2));
    }

    [Fact]
    public void CurrentYear_NewYearsEveInUtc_IsNewYearInShanghai()
    {
        var clock = new FixedClock(Instant.FromUtc(2021, 12, 31, 16, 0));

        new AssessmentCalendar(clock).CurrentYear.Should().Be(new AssessmentYear(2022));
        new AssessmentCalendar(clock, DateTimeZone.Utc).CurrentYear.Should().Be(new AssessmentYear(2021));
    }

    [Fact]
    public void Today_ClockMoves_IsReadEachTime()
    {
        var clock = new FixedClock(LateJune);
        var calendar = new AssessmentCalendar(clock);
        calendar.CurrentQuarter.Should().Be(new AssessmentQuarter(2021, 3));

        clock.Now = Instant.FromUtc(2021, 6, 30, 15, 59);

        calendar.Today.Should().Be(new LocalDate(2021, 6, 30));
        calendar.CurrentQuarter.Should().Be(new AssessmentQuarter(2021, 2));
    }

    [Fact]
    public void Constructor_NullClock_Throws()
    {
        var act = () => new AssessmentCalendar(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("clock");
    }
}
