using System.Collections.Immutable;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>
/// The answer of <c>POST /assessment/quarters/score</c>: the ranking of every unit group (grades after quotas) and the
/// score card of every scored unit with all its lines.
/// </summary>
/// <param name="Quarter">The scored quarter (<c>2021Q2</c>).</param>
/// <param name="AsOf">The date rectifications were judged at (ISO, <c>2021-07-10</c>).</param>
/// <param name="Rankings">One ranking per unit group, in the rule sets' order and each rule set's group order.</param>
/// <param name="Cards">One card per scored unit, in the order of the posted units.</param>
public sealed record QuarterScoreResponse(
    string Quarter,
    string AsOf,
    ImmutableArray<GroupRankingResponse> Rankings,
    ImmutableArray<ScoreCardResponse> Cards);
