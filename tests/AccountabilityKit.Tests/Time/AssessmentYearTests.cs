using AccountabilityKit.Tests.TestSupport;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Tests.Time;

public class AssessmentYearTests
{
    [Fact]
    public void Constructor_ValidYear_KeepsValue()
    {
        var year = new AssessmentYear(2021);

        year.Value.Should().Be(2021);
        year.ToString().Should().Be("2021");
    }

    [Fact]
    public void Default_Is1900()
    {
        default(AssessmentYear).Value.Should().Be(AssessmentYear.MinValue);
        default(AssessmentYear).Should().Be(new AssessmentYear(1900));
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(10000)]
    [InlineData(0)]
    [InlineData(-2021)]
    public void Constructor_OutOfRange_ThrowsAK022AtValue(int value)
    {
        var issue = IssueAssertions.SingleIssue(() => _ = new AssessmentYear(value));

        issue.ShouldBe(VocabularyIssueCodes.YearOutOfRange, "value");
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(9999)]
    public void Constructor_RangeBounds_AreAccepted(int value)
    {
        new AssessmentYear(value).Value.Should().Be(value);
    }

    [Fact]
    public void FirstDayLastDayAndContains_Year2024_CoverTheCalendarYear()
    {
        var year = new AssessmentYear(2024);

        year.FirstDay.Should().Be(new LocalDate(2024, 1, 1));
        year.LastDay.Should().Be(new LocalDate(2024, 12, 31));
        year.Contains(new LocalDate(2024, 1, 1)).Should().BeTrue();
        year.Contains(new LocalDate(2024, 12, 31)).Should().BeTrue();
        year.Contains(new LocalDate(2023, 12, 31)).Should().BeFalse();
        year.Contains(new LocalDate(2025, 1, 1)).Should().BeFalse();
    }

    [Fact]
    public void Contains_NonIsoCalendarDate_IsFalse()
    {
        new AssessmentYear(2024).Contains(new LocalDate(2024, 6, 1).WithCalendar(CalendarSystem.Julian)).Should().BeFalse();
    }

    [Fact]
    public void Quarters_Year_AreTheFourQuartersInOrder()
    {
        var year = new AssessmentYear(2021);

        year.Quarters.Select(q => q.ToString()).Should().Equal("2021Q1", "2021Q2", "2021Q3", "2021Q4");
        year.FirstQuarter.Should().Be(new AssessmentQuarter(2021, 1));
        year.Quarter(3).Should().Be(new AssessmentQuarter(2021, 3));
        year.Quarters[0].FirstDay.Should().Be(year.FirstDay);
        year.Quarters[3].LastDay.Should().Be(year.LastDay);
    }

    [Fact]
    public void Quarter_OutOfRange_ThrowsAK021()
    {
        var issue = IssueAssertions.SingleIssue(() => new AssessmentYear(2021).Quarter(5));

        issue.ShouldBe(VocabularyIssueCodes.QuarterOutOfRange, "quarter");
    }

    [Fact]
    public void FromDate_Date_GivesItsYear()
    {
        AssessmentYear.FromDate(new LocalDate(2021, 12, 31)).Should().Be(new AssessmentYear(2021));
    }

    [Fact]
    public void FromDate_DateBefore1900_ThrowsAK022()
    {
        var issue = IssueAssertions.SingleIssue(() => AssessmentYear.FromDate(new LocalDate(1899, 12, 31)));

        issue.Code.Should().Be(VocabularyIssueCodes.YearOutOfRange);
    }

    [Fact]
    public void NextAndPrevious_MoveByOneYear()
    {
        var year = new AssessmentYear(2021);

        year.Next().Should().Be(new AssessmentYear(2022));
        year.Previous().Should().Be(new AssessmentYear(2020));
    }

    [Fact]
    public void NextAndPrevious_AtRangeBounds_ThrowAK022()
    {
        IssueAssertions.SingleIssue(() => new AssessmentYear(AssessmentYear.MaxValue).Next()).Code.Should().Be(VocabularyIssueCodes.YearOutOfRange);
        IssueAssertions.SingleIssue(() => new AssessmentYear(AssessmentYear.MinValue).Previous()).Code.Should().Be(VocabularyIssueCodes.YearOutOfRange);
    }

    [Fact]
    public void Parse_FourDigits_GivesYear()
    {
        AssessmentYear.Parse("2021").Should().Be(new AssessmentYear(2021));
        AssessmentYear.TryParse("1900", out var year).Should().BeTrue();
        year.Value.Should().Be(1900);
    }

    [Theory]
    [InlineData("21", VocabularyIssueCodes.MalformedPeriod)]
    [InlineData("20210", VocabularyIssueCodes.MalformedPeriod)]
    [InlineData("２０２１", VocabularyIssueCodes.MalformedPeriod)]
    [InlineData("-202", VocabularyIssueCodes.MalformedPeriod)]
    [InlineData("", VocabularyIssueCodes.MalformedPeriod)]
    [InlineData("1899", VocabularyIssueCodes.YearOutOfRange)]
    [InlineData("0000", VocabularyIssueCodes.YearOutOfRange)]
    public void Parse_InvalidText_ThrowsWithCodeAtText(string text, string code)
    {
        IssueAssertions.SingleIssue(() => AssessmentYear.Parse(text)).ShouldBe(code, "text");
        AssessmentYear.TryParse(text, out var year).Should().BeFalse();
        year.Should().Be(default(AssessmentYear));
    }

    [Fact]
    public void TryParse_Null_IsFalse()
    {
        AssessmentYear.TryParse(null, out _).Should().BeFalse();
        IssueAssertions.SingleIssue(() => AssessmentYear.Parse(null!)).ShouldBe(VocabularyIssueCodes.MalformedPeriod, "text");
    }

    [Fact]
    public void Ordering_OperatorsAndCompareTo_FollowYears()
    {
        var a = new AssessmentYear(2020);
        var b = new AssessmentYear(2021);

        (a < b).Should().BeTrue();
        (a <= b).Should().BeTrue();
        (b > a).Should().BeTrue();
        (b >= a).Should().BeTrue();
        (b < a).Should().BeFalse();
        (a > b).Should().BeFalse();
        (a <= new AssessmentYear(2020)).Should().BeTrue();
        (a >= new AssessmentYear(2020)).Should().BeTrue();
        a.CompareTo(b).Should().BeNegative();
        b.CompareTo(a).Should().BePositive();
        a.CompareTo(new AssessmentYear(2020)).Should().Be(0);
    }
}
