using AccountabilityKit.Localization;

namespace AccountabilityKit.Tests.Localization;

public class ChineseNumeralsTests
{
    [Theory]
    [InlineData(0, "零")]
    [InlineData(1, "一")]
    [InlineData(9, "九")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(19, "十九")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(27, "二十七")]
    [InlineData(100, "一百")]
    [InlineData(101, "一百零一")]
    [InlineData(105, "一百零五")]
    [InlineData(110, "一百一十")]
    [InlineData(115, "一百一十五")]
    [InlineData(999, "九百九十九")]
    [InlineData(1000, "一千")]
    [InlineData(1001, "一千零一")]
    [InlineData(1010, "一千零一十")]
    [InlineData(1100, "一千一百")]
    [InlineData(2019, "二千零一十九")]
    [InlineData(9999, "九千九百九十九")]
    public void Format_Number_GivesChineseNumerals(int value, string expected)
    {
        ChineseNumerals.Format(value).Should().Be(expected);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10000)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Format_OutOfRange_ThrowsArgumentOutOfRange(int value)
    {
        var act = () => ChineseNumerals.Format(value);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("value");
    }

    [Fact]
    public void Format_EveryNumber_HasNoDoubledOrTrailingZero()
    {
        for (var value = 1; value <= 9999; value++)
        {
            var text = ChineseNumerals.Format(value);
            text.Should().NotContain("零零").And.NotEndWith("零");
        }
    }
}
