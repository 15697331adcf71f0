using System.Collections.Immutable;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>The ranking of one unit group of one rule set (units of different groups are never ranked against each other).</summary>
/// <param name="RuleSetId">The rule set's id.</param>
/// <param name="RuleSetVersion">The rule set's version.</param>
/// <param name="GroupId">The group's id.</param>
/// <param name="GroupName">The group's name in the rule set.</param>
/// <param name="Entries">The units, best first.</param>
public sealed record GroupRankingResponse(
    string RuleSetId,
    string RuleSetVersion,
    string GroupId,
    string GroupName,
    ImmutableArray<RankedUnitResponse> Entries);
