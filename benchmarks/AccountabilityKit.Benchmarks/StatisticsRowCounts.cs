using System.Globalization;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// The row counts of the statistics benchmarks: 1M and 10M by default, or the comma-separated list in the
/// environment variable <c>AKIT_BENCH_ROWS</c> (CI sets <c>AKIT_BENCH_ROWS=100000</c> so its <c>--job dry</c> run stays fast).
/// </summary>
public static class StatisticsRowCounts
{
    /// <summary>The environment variable that overrides the row counts.</summary>
    public const string EnvironmentVariable = "AKIT_BENCH_ROWS";

    /// <summary>The row counts without the environment variable.</summary>
    public static readonly int[] Default = [1_000_000, 10_000_000];

    /// <summary>The row counts to run: parsed from <c>AKIT_BENCH_ROWS</c> when set, else <see cref="Default"/>.</summary>
    /// <exception cref="InvalidOperationException">The variable holds something other than positive integers.</exception>
    public static IEnumerable<int> FromEnvironment() => Parse(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>Parses a comma-separated list of positive row counts (<c>_</c> allowed as a digit separator); empty means <see cref="Default"/>.</summary>
    /// <exception cref="InvalidOperationException">A part is not a positive integer.</exception>
    public static int[] Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }

        return [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(part =>
            int.TryParse(part.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var rows) && rows > 0
                ? rows
                : throw new InvalidOperationException($"{EnvironmentVariable} must be a comma-separated list of positive row counts, e.g. 100000,1000000; '{part}' is not one."))];
    }
}
