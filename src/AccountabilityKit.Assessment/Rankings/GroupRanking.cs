namespace AccountabilityKit.Assessment.Rankings;

/// <summary>The ranking of one unit group (units of different groups are never ranked against each other).</summary>
/// <param name="GroupId">The group's id.</param>
/// <param name="Entries">The units, best first (rank, then the documented tie-breaks).</param>
public sealed record GroupRanking(string GroupId, IReadOnlyList<RankedUnit> Entries);
