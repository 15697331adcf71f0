using AccountabilityKit.Statistics.Reports;

namespace AccountabilityKit.Statistics.Tests.Reports;

public sealed class YearOverYearChangeTests
{
    [Theory]
    [InlineData(401, 400, 1, "0.3", "+0.3%")]
    [InlineData(399, 400, -1, "-0.3", "-0.3%")]
    [InlineData(7, 8, -1, "-12.5", "-12.5%")]
    [InlineData(1, 3, -2, "-66.7", "-66.7%")]
    [InlineData(5, 5, 0, "0.0", "0.0%")]
    public void Percent_RoundsToOneDecimalAwayFromZero(int current, int previous, int absolute, string percent, string text)
    {
        var change = new YearOverYearChange(current, previous);

        change.Absolute.Should().Be(absolute);
        change.Percent.Should().Be(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture));
        change.PercentText.Should().Be(text);
    }

    [Fact]
    public void Percent_PreviousZero_IsNotApplicable()
    {
        var change = new YearOverYearChange(12, 0);

        change.Percent.Should().BeNull();
        change.PercentText.Should().Be(YearOverYearChange.NotApplicable).And.Be("n/a");
        change.ToString().Should().Be("+12 (n/a)");
    }
}
