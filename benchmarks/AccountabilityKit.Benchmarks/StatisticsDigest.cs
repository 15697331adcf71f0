using System.Data.Common;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// What every statistics benchmark method returns: an order-independent digest of its result rows, so nothing is
/// optimised away and the five methods can be checked against each other. Besides the rows and the measure totals it
/// keeps a sum of squares of the per-row measures, which differs when two methods cut the same totals into different groups.
/// </summary>
/// <param name="Rows">Result rows (groups, subtotals and the grand total).</param>
/// <param name="Entries">Sum of the entry counts.</param>
/// <param name="Persons">Sum of the person-times.</param>
/// <param name="Organizations">Sum of the organisation entries.</param>
/// <param name="TypicalCases">Sum of the typical cases.</param>
/// <param name="Squares">Sum over rows of the squares of the four measures.</param>
public readonly record struct StatisticsDigest(long Rows, long Entries, long Persons, long Organizations, long TypicalCases, long Squares)
{
    /// <summary>This digest with one more result row.</summary>
    public StatisticsDigest Add(long entries, long persons, long organizations, long typicalCases) => new(
        Rows + 1,
        Entries + entries,
        Persons + persons,
        Organizations + organizations,
        TypicalCases + typicalCases,
        Squares + (entries * entries) + (persons * persons) + (organizations * organizations) + (typicalCases * typicalCases));

    /// <summary>Adds every row of <paramref name="reader"/>, whose four measures are the columns from <paramref name="firstMeasure"/> on.</summary>
    public static StatisticsDigest Read(DbDataReader reader, int firstMeasure)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var digest = default(StatisticsDigest);
        while (reader.Read())
        {
            digest = digest.Add(reader.GetInt64(firstMeasure), reader.GetInt64(firstMeasure + 1), reader.GetInt64(firstMeasure + 2), reader.GetInt64(firstMeasure + 3));
        }

        return digest;
    }
}
