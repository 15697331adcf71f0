using System.Collections.Immutable;
using NodaTime;

namespace AccountabilityKit.Checklists.Records;

/// <summary>Person-times (人次) of duty records by kind, over a period.</summary>
/// <param name="ByKind">Person-times per kind (kinds without records are absent).</param>
/// <param name="FirstFormPersonTimes">Person-times of first-form measures (第一种形态).</param>
/// <param name="Total">All person-times.</param>
public sealed record DutyRecordTally(ImmutableSortedDictionary<DutyRecordKind, int> ByKind, int FirstFormPersonTimes, int Total)
{
    /// <summary>Counts <paramref name="records"/> dated within [<paramref name="from"/>, <paramref name="to"/>].</summary>
    /// <param name="records">The records.</param>
    /// <param name="from">First day counted.</param>
    /// <param name="to">Last day counted.</param>
    public static DutyRecordTally Of(IEnumerable<DutyRecord> records, LocalDate from, LocalDate to)
    {
        ArgumentNullException.ThrowIfNull(records);
        var within = records.Where(r => r.Date >= from && r.Date <= to).ToList();
        var byKind = within.GroupBy(static r => r.Kind).ToImmutableSortedDictionary(static g => g.Key, static g => g.Sum(static r => r.PersonTimes));
        return new DutyRecordTally(byKind, within.Where(static r => r.IsFirstForm).Sum(static r => r.PersonTimes), within.Sum(static r => r.PersonTimes));
    }
}
