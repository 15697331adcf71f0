using System.Globalization;

namespace AccountabilityKit.Statistics.Reports;

/// <summary>
/// The change of a figure against the same period a year earlier (同比): absolute, and in percent of the earlier value
/// rounded to one decimal with <see cref="MidpointRounding.AwayFromZero"/>; the percent is not applicable ("n/a",
/// <see langword="null"/>) when the earlier value is 0.
/// </summary>
/// <param name="Current">The value in the period.</param>
/// <param name="Previous">The value in the same period a year earlier.</param>
public sealed record YearOverYearChange(int Current, int Previous)
{
    /// <summary>The text shown when the percent is not applicable.</summary>
    public const string NotApplicable = "n/a";

    /// <summary>The absolute change, <see cref="Current"/> − <see cref="Previous"/>.</summary>
    public int Absolute => Current - Previous;

    /// <summary>The change in percent of <see cref="Previous"/>, one decimal, <see cref="MidpointRounding.AwayFromZero"/>; <see langword="null"/> when <see cref="Previous"/> is 0.</summary>
    public decimal? Percent => Previous == 0
        ? null
        : decimal.Round((decimal)Absolute * 100m / Previous, 1, MidpointRounding.AwayFromZero);

    /// <summary>The percent as text with a sign, e.g. "+12.5%", "-3.0%", or "n/a".</summary>
    public string PercentText => Percent is { } p ? p.ToString("+0.0'%';-0.0'%';0.0'%'", CultureInfo.InvariantCulture) : NotApplicable;

    /// <summary>E.g. "+12 (+4.5%)".</summary>
    public override string ToString() =>
        $"{Absolute.ToString("+0;-0;0", CultureInfo.InvariantCulture)} ({PercentText})";
}
