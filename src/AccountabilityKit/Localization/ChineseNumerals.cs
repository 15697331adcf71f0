using System.Text;

namespace AccountabilityKit.Localization;

/// <summary>
/// Chinese numerals as used in article numbers of Party regulations: 第八条, 第二十七条, 第一百零五条.
/// </summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Formats 0..9999 as Chinese numerals (0 → 零, 1 → 一, 10 → 十, 27 → 二十七, 105 → 一百零五, 110 → 一百一十).</summary>
    /// <param name="value">A number from 0 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 0..9999.</exception>
    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 9999);
        if (value == 0)
        {
            return "零";
        }

        if (value is >= 10 and < 20)
        {
            // 十, 十一 … 十九: the leading 一 is dropped below twenty.
            return value == 10 ? "十" : "十" + Digits[value - 10];
        }

        ReadOnlySpan<char> units = ['千', '百', '十', '\0'];
        ReadOnlySpan<int> powers = [1000, 100, 10, 1];
        var builder = new StringBuilder();
        var pendingZero = false;
        for (var i = 0; i < powers.Length; i++)
        {
            var digit = value / powers[i] % 10;
            if (digit == 0)
            {
                pendingZero = builder.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                builder.Append('零');
                pendingZero = false;
            }

            builder.Append(Digits[digit]);
            if (units[i] != '\0')
            {
                builder.Append(units[i]);
            }
        }

        return builder.ToString();
    }
}
