namespace AccountabilityKit.Statistics.Queryable;

/// <summary>The materialised rows of one grouping set's query, as <see cref="QueryableStatExecutor.ToTable"/> takes them.</summary>
/// <param name="Set">The grouping set the query was built for.</param>
/// <param name="Groups">The rows the query returned (the grand total's query returns none when no fact passes the filters).</param>
internal sealed record StatGroupingResult(Aggregation.StatGroupingSet Set, IReadOnlyList<StatGroup> Groups);
