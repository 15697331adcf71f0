using AccountabilityKit.Tests.TestSupport;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using CsCheck;
using NodaTime;

namespace AccountabilityKit.Tests.Time;

public class AssessmentQuarterTests
{
    private static readonly LocalDate FirstSupportedDay = new(1900, 1, 1);
    private static readonly LocalDate LastSupportedDay = new(9999, 12, 31);

    [Theory]
    [InlineData("2021Q2")]
    [InlineData("2021q2")]
    public void Parse_ValidText_GivesYearAndQuarter(string text)
    {
        var quarter = AssessmentQuarter.Parse(text);

        quarter.Year.Value.Should().Be(2021);
        quarter.Quarter.Should().Be(2);
        quarter.Should().Be(new AssessmentQuarter(2021, 2));
    }

    [Fact]
    public void TryParse_ValidText_ReturnsTrueAndQuarter()
    {
        AssessmentQuarter.TryParse("2021q4", out var quarter).Should().BeTrue();
        quarter.Should().Be(new AssessmentQuarter(2021, 4));
    }

    [Theory]
    [InlineData("2021Q5")]
    [InlineData("21Q1")]
    [InlineData("2021-Q1")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("1899Q1")]
    public void TryParse_InvalidText_ReturnsFalseAndDefault(string? text)
    {
        AssessmentQuarter.TryParse(text, out var quarter).Should().BeFalse();
        quarter.Should().Be(default(AssessmentQuarter));
    }

    [Fact]
    public void ToString_UsesCapitalQ_AndRoundTrips()
    {
        var quarter = AssessmentQuarter.Parse("2021q3");

        quarter.ToString().Should().Be("2021Q3");
        AssessmentQuarter.Parse(quarter.ToString()).Should().Be(quarter);
    }

    [Theory]
    [InlineData(2021, 1, 2021, 1, 1, 2021, 3, 31)]
    [InlineData(2021, 2, 2021, 4, 1, 2021, 6, 30)]
    [InlineData(2021, 3, 2021, 7, 1, 2021, 9, 30)]
    [InlineData(2021, 4, 2021, 10, 1, 2021, 12, 31)]
    [InlineData(2024, 1, 2024, 1, 1, 2024, 3, 31)]
    [InlineData(2024, 2, 2024, 4, 1, 2024, 6, 30)]
    public void FirstDayAndLastDay_EachQuarter_AreTheCalendarBounds(int year, int q, int fy, int fm, int fd, int ly, int lm, int ld)
    {
        var quarter = new AssessmentQuarter(year, q);

        quarter.FirstDay.Should().Be(new LocalDate(fy, fm, fd));
        quarter.LastDay.Should().Be(new LocalDate(ly, lm, ld));
        quarter.Dates.Start.Should().Be(quarter.FirstDay);
        quarter.Dates.End.Should().Be(quarter.LastDay);
    }

    [Fact]
    public void Contains_Boundaries_AreInclusive()
    {
        var quarter = new AssessmentQuarter(2021, 2);

        quarter.Contains(new LocalDate(2021, 3, 31)).Should().BeFalse();
        quarter.Contains(new LocalDate(2021, 4, 1)).Should().BeTrue();
        quarter.Contains(new LocalDate(2021, 6, 30)).Should().BeTrue();
        quarter.Contains(new LocalDate(2021, 7, 1)).Should().BeFalse();
        quarter.Contains(new LocalDate(2022, 5, 1)).Should().BeFalse();
    }

    [Fact]
    public void Contains_NonIsoCalendarDate_IsFalse()
    {
        var quarter = new AssessmentQuarter(2021, 2);
        var julian = new LocalDate(2021, 5, 1).WithCalendar(CalendarSystem.Julian);

        quarter.Contains(julian).Should().BeFalse();
    }

    [Theory]
    [InlineData(2021, 1, 1, 1)]
    [InlineData(2021, 3, 31, 1)]
    [InlineData(2021, 4, 1, 2)]
    [InlineData(2021, 6, 30, 2)]
    [InlineData(2021, 7, 1, 3)]
    [InlineData(2021, 9, 30, 3)]
    [InlineData(2021, 10, 1, 4)]
    [InlineData(2021, 12, 31, 4)]
    public void FromDate_Date_GivesItsQuarter(int year, int month, int day, int expected)
    {
        AssessmentQuarter.FromDate(new LocalDate(year, month, day)).Should().Be(new AssessmentQuarter(year, expected));
    }

    [Fact]
    public void FromDate_YearOutOfRange_ThrowsAK022()
    {
        var issue = IssueAssertions.SingleIssue(() => AssessmentQuarter.FromDate(new LocalDate(1899, 12, 31)));

        issue.Code.Should().Be(VocabularyIssueCodes.YearOutOfRange);
    }

    [Fact]
    public void NextAndPrevious_AcrossYearBoundary_ChangeTheYear()
    {
        new AssessmentQuarter(2021, 4).Next().Should().Be(new AssessmentQuarter(2022, 1));
        new AssessmentQuarter(2022, 1).Previous().Should().Be(new AssessmentQuarter(2021, 4));
        new AssessmentQuarter(2021, 2).Next().Should().Be(new AssessmentQuarter(2021, 3));
    }

    [Fact]
    public void Plus_PositiveNegativeAndZero_MovesByQuarters()
    {
        var quarter = new AssessmentQuarter(2021, 2);

        quarter.Plus(0).Should().Be(quarter);
        quarter.Plus(3).Should().Be(new AssessmentQuarter(2022, 1));
        quarter.Plus(-6).Should().Be(new AssessmentQuarter(2019, 4));
        quarter.Plus(40).Should().Be(new AssessmentQuarter(2031, 2));
    }

    [Fact]
    public void QuartersUntil_LaterAndEarlier_IsSignedDistance()
    {
        var from = new AssessmentQuarter(2021, 2);
        var to = new AssessmentQuarter(2023, 1);

        from.QuartersUntil(to).Should().Be(7);
        to.QuartersUntil(from).Should().Be(-7);
        from.QuartersUntil(from).Should().Be(0);
        from.Plus(from.QuartersUntil(to)).Should().Be(to);
    }

    [Fact]
    public void Ordering_OperatorsAndCompareTo_FollowTime()
    {
        var earlier = new AssessmentQuarter(2020, 4);
        var later = new AssessmentQuarter(2021, 1);

        (earlier < later).Should().BeTrue();
        (earlier <= later).Should().BeTrue();
        (later > earlier).Should().BeTrue();
        (later >= earlier).Should().BeTrue();
        (later < earlier).Should().BeFalse();
        (later <= earlier).Should().BeFalse();
        (earlier > later).Should().BeFalse();
        (earlier >= later).Should().BeFalse();
        (earlier <= new AssessmentQuarter(2020, 4)).Should().BeTrue();
        (earlier >= new AssessmentQuarter(2020, 4)).Should().BeTrue();
        earlier.CompareTo(later).Should().BeNegative();
        later.CompareTo(earlier).Should().BePositive();
        earlier.CompareTo(new AssessmentQuarter(2020, 4)).Should().Be(0);
    }

    [Fact]
    public void Sort_MixedQuarters_AreInTimeOrder()
    {
        AssessmentQuarter[] quarters = [new(2021, 1), new(2020, 4), new(2021, 3), new(1999, 2)];

        quarters.Order().Select(q => q.ToString()).Should().Equal("1999Q2", "2020Q4", "2021Q1", "2021Q3");
    }

    [Fact]
    public void Ordinal_2021Q2_Is485_AndFromOrdinalReversesIt()
    {
        var quarter = new AssessmentQuarter(2021, 2);

        quarter.Ordinal.Should().Be(485);
        AssessmentQuarter.FromOrdinal(485).Should().Be(quarter);
        AssessmentQuarter.FromOrdinal(0).Should().Be(AssessmentQuarter.MinValue);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(32400)]
    [InlineData(int.MaxValue)]
    public void FromOrdinal_OutOfRange_ThrowsArgumentOutOfRange(int ordinal)
    {
        var act = () => AssessmentQuarter.FromOrdinal(ordinal);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(2021, 1, "2021年第一季度")]
    [InlineData(2021, 2, "2021年第二季度")]
    [InlineData(2021, 3, "2021年第三季度")]
    [InlineData(2021, 4, "2021年第四季度")]
    public void ToChineseString_Quarter_IsChineseForm(int year, int q, string expected)
    {
        new AssessmentQuarter(year, q).ToChineseString().Should().Be(expected);
    }

    [Fact]
    public void MinValueAndMaxValue_Are1900Q1And9999Q4()
    {
        AssessmentQuarter.MinValue.ToString().Should().Be("1900Q1");
        AssessmentQuarter.MaxValue.ToString().Should().Be("9999Q4");
        AssessmentQuarter.MinValue.Should().Be(default(AssessmentQuarter));
        AssessmentQuarter.MaxValue.Ordinal.Should().Be(32399);
        AssessmentQuarter.MaxValue.LastDay.Should().Be(LastSupportedDay);
        AssessmentQuarter.MinValue.FirstDay.Should().Be(FirstSupportedDay);
    }

    [Fact]
    public void MaxValue_LastDayAndContains_DoNotOverflow()
    {
        var last = AssessmentQuarter.FromDate(LastSupportedDay);

        last.Should().Be(AssessmentQuarter.MaxValue);
        last.LastDay.Should().Be(LastSupportedDay);
        last.Contains(LastSupportedDay).Should().BeTrue();
        last.Contains(new LocalDate(9999, 10, 1)).Should().BeTrue();
        last.Dates.Length.Should().Be(92);
    }

    [Fact]
    public void Plus_BeyondMaxOrMin_ThrowsArgumentOutOfRange()
    {
        AssessmentQuarter.MaxValue.Invoking(q => q.Next()).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("quarters");
        AssessmentQuarter.MinValue.Invoking(q => q.Previous()).Should().Throw<ArgumentOutOfRangeException>();
        new AssessmentQuarter(2021, 2).Invoking(q => q.Plus(int.MaxValue)).Should().Throw<ArgumentOutOfRangeException>();
        new AssessmentQuarter(2021, 2).Invoking(q => q.Plus(int.MinValue)).Should().Throw<ArgumentOutOfRangeException>();
        AssessmentQuarter.MaxValue.Plus(-AssessmentQuarter.MaxValue.Ordinal).Should().Be(AssessmentQuarter.MinValue);
    }

    [Theory]
    [InlineData("2021Q5", VocabularyIssueCodes.QuarterOutOfRange)]
    [InlineData("2021Q0", VocabularyIssueCodes.QuarterOutOfRange)]
    [InlineData("21Q1", VocabularyIssueCodes.MalformedPeriod)]
    [InlineData("2021-Q1", VocabularyIssueCodes.MalformedPeriod)]
    [InlineData("2021Q", VocabularyIssueCodes.MalformedPeriod)]
    [InlineData("2021 Q1", VocabularyIssueCodes.MalformedPeriod)]
    [InlineData("２０２１Q1", VocabularyIssueCodes.MalformedPeriod)]
    [InlineData("", VocabularyIssueCodes.MalformedPeriod)]
    [InlineData("1899Q1", VocabularyIssueCodes.YearOutOfRange)]
    public void Parse_InvalidText_ThrowsWithCodeAtText(string text, string code)
    {
        var issue = IssueAssertions.SingleIssue(() => AssessmentQuarter.Parse(text));

        issue.ShouldBe(code, "text");
    }

    [Fact]
    public void Parse_Null_ThrowsAK020()
    {
        var issue = IssueAssertions.SingleIssue(() => AssessmentQuarter.Parse(null!));

        issue.ShouldBe(VocabularyIssueCodes.MalformedPeriod, "text");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void Constructor_QuarterOutOfRange_ThrowsAK021AtQuarter(int q)
    {
        var issue = IssueAssertions.SingleIssue(() => _ = new AssessmentQuarter(2021, q));

        issue.ShouldBe(VocabularyIssueCodes.QuarterOutOfRange, "quarter");
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(10000)]
    public void Constructor_YearOutOfRange_ThrowsAK022(int year)
    {
        var issue = IssueAssertions.SingleIssue(() => _ = new AssessmentQuarter(year, 1));

        issue.ShouldBe(VocabularyIssueCodes.YearOutOfRange, "value");
    }

    [Fact]
    public void FromDate_AnySupportedDate_ContainsIt()
    {
        var days = Period.DaysBetween(FirstSupportedDay, LastSupportedDay);
        Gen.Int[0, days].Select(FirstSupportedDay.PlusDays).Sample(date =>
        {
            var quarter = AssessmentQuarter.FromDate(date);
            quarter.Contains(date).Should().BeTrue();
            quarter.FirstDay.Should().BeLessThanOrEqualTo(date);
            quarter.LastDay.Should().BeGreaterThanOrEqualTo(date);
            quarter.Year.Value.Should().Be(date.Year);
        });
    }

    [Fact]
    public void OrdinalAndText_AnyQuarter_RoundTrip()
    {
        Gen.Int[0, AssessmentQuarter.MaxValue.Ordinal].Sample(ordinal =>
        {
            var quarter = AssessmentQuarter.FromOrdinal(ordinal);
            quarter.Ordinal.Should().Be(ordinal);
            AssessmentQuarter.FromOrdinal(quarter.Ordinal).Should().Be(quarter);
            AssessmentQuarter.Parse(quarter.ToString()).Should().Be(quarter);
            new AssessmentQuarter(quarter.Year, quarter.Quarter).Should().Be(quarter);
        });
    }
}
