namespace AccountabilityKit.Statistics.Reports;

/// <summary>
/// Percent shares that add up: each count's exact share is rounded down to the requested decimals, and the units
/// still missing to reach exactly 100 go, one each, to the counts with the largest remainders (ties: the earlier
/// count) — the largest-remainder (Hamilton) method. Every share is within one unit of the last decimal of its exact
/// value; all shares are 0 when the total is 0.
/// </summary>
internal static class Shares
{
    public static decimal[] Percentages(IReadOnlyList<int> counts, int decimals = 1)
    {
        var result = new decimal[counts.Count];
        long total = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        if (total == 0)
        {
            return result;
        }

        var scale = 100L;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10;
        }

        var units = new long[counts.Count];
        var remainders = new long[counts.Count];
        long assigned = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            units[i] = Math.DivRem(counts[i] * scale, total, out remainders[i]);
            assigned += units[i];
        }

        foreach (var i in Enumerable.Range(0, counts.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(checked((int)(scale - assigned))))
        {
            units[i]++;
        }

        var divisor = scale / 100m;
        for (var i = 0; i < counts.Count; i++)
        {
            result[i] = decimal.Round(units[i] / divisor, decimals, MidpointRounding.ToEven);
        }

        return result;
    }
}
