using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Queryable;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Statistics;

/// <summary>
/// Runs statistics requests inside the database: <c>await db.Set&lt;AccountabilityFact&gt;().ExecuteStatRequestAsync(request)</c>
/// sends one SQL <c>GROUP BY</c> per grouping set of the request (built by <see cref="QueryableStatExecutor"/>) and
/// assembles the returned group rows into the same <see cref="StatTable"/> the in-memory engines produce. Only the
/// group rows cross the wire, never the fact rows.
/// </summary>
public static class StatisticsQueryableExtensions
{
    /// <summary>
    /// How the push-down reads computed fact fields from the model <c>ApplyAccountabilityKit</c> maps: the year from
    /// its stored, database-generated column.
    /// </summary>
    internal static QueryableFactMap FactMap { get; } = new()
    {
        Year = f => EF.Property<int>(f, StatisticsModel.YearProperty),
    };

    /// <summary>Runs <paramref name="request"/> as SQL <c>GROUP BY</c> queries over <paramref name="facts"/> and assembles the table.</summary>
    /// <param name="facts">The facts, an EF Core query (e.g. <c>context.Set&lt;AccountabilityFact&gt;()</c>, possibly filtered).</param>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The table, equal to <c>LinqStatExecutor.Execute(facts, request)</c> on the same rows.</returns>
    /// <exception cref="AccountabilityKit.Validation.ValidationFailedException">The request is invalid (see <see cref="StatRequest.Validate"/>).</exception>
    /// <exception cref="StatRequestTranslationException">The provider cannot translate a part of the request to SQL; nothing is computed on the client.</exception>
    /// <exception cref="AccountabilityKitModuleNotMappedException"><paramref name="facts"/> is the set of a context whose model does not map the statistics module.</exception>
    public static async Task<StatTable> ExecuteStatRequestAsync(this IQueryable<AccountabilityFact> facts, StatRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(request);
        ModelAreas.Require(facts);
        request.Validate().ThrowIfInvalid();
        var results = new List<StatGroupingResult>();
        foreach (var set in request.GroupingSets())
        {
            var query = QueryableStatExecutor.BuildQuery(facts, request, set, FactMap);
            List<StatGroup> groups;
            try
            {
                groups = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException e) when (IsTranslationFailure(e))
            {
                throw new StatRequestTranslationException(request, set, e);
            }

            results.Add(new StatGroupingResult(set, groups));
        }

        return QueryableStatExecutor.ToTable(request, results);
    }

    /// <summary>The SQL of each grouping set's query, in the order <see cref="ExecuteStatRequestAsync"/> runs them (for logs and reviews).</summary>
    /// <param name="facts">The facts, an EF Core relational query.</param>
    /// <param name="request">The request.</param>
    /// <exception cref="AccountabilityKit.Validation.ValidationFailedException">The request is invalid.</exception>
    /// <exception cref="StatRequestTranslationException">The provider cannot translate a part of the request to SQL.</exception>
    /// <exception cref="AccountabilityKitModuleNotMappedException"><paramref name="facts"/> is the set of a context whose model does not map the statistics module.</exception>
    public static IReadOnlyList<string> ToStatRequestSql(this IQueryable<AccountabilityFact> facts, StatRequest request)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(request);
        ModelAreas.Require(facts);
        request.Validate().ThrowIfInvalid();
        var sql = new List<string>();
        foreach (var set in request.GroupingSets())
        {
            try
            {
                sql.Add(QueryableStatExecutor.BuildQuery(facts, request, set, FactMap).ToQueryString());
            }
            catch (InvalidOperationException e) when (IsTranslationFailure(e))
            {
                throw new StatRequestTranslationException(request, set, e);
            }
        }

        return sql;
    }

    private static bool IsTranslationFailure(InvalidOperationException e) =>
        e.Message.Contains("could not be translated", StringComparison.OrdinalIgnoreCase)
        || e.Message.Contains("translation", StringComparison.OrdinalIgnoreCase);
}
