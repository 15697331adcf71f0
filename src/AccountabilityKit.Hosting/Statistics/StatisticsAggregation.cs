using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Statistics.Queryable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AccountabilityKit.Hosting;

/// <summary>
/// The statistics executors with the host's settings, instrumented: an activity <c>AccountabilityKit.Aggregate</c>
/// (tagged with the engine: <c>columnar</c>, <c>linq</c> or <c>queryable</c>), the
/// <c>accountabilitykit.operation.duration</c> and <c>accountabilitykit.statistics.rows</c> measurements, and log
/// event 5001 (9001 when it fails). All three engines return the same table for the same facts.
/// </summary>
public sealed class StatisticsAggregation
{
    private const string Operation = "aggregate";
    private const string ActivityName = "AccountabilityKit.Aggregate";
    private readonly ILogger _logger;

    internal StatisticsAggregation(StatisticsOptions options, ILogger<StatisticsAggregation>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The settings.</summary>
    public StatisticsOptions Options { get; }

    /// <summary>An empty columnar fact table storing the configured columns.</summary>
    /// <returns>The table.</returns>
    public FactTable CreateFactTable() => new(Options.FactTable);

    /// <summary>Runs <paramref name="request"/> over a columnar <paramref name="table"/> (<see cref="ColumnarStatExecutor"/>).</summary>
    /// <param name="table">The facts.</param>
    /// <param name="request">The request.</param>
    /// <returns>The table of results.</returns>
    /// <exception cref="AccountabilityKit.Validation.ValidationFailedException">The request is invalid, or needs a column the table does not store.</exception>
    public StatTable Execute(FactTable table, StatRequest request)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(request);
        return Run("columnar", table.Count, () => ColumnarStatExecutor.Execute(table, request));
    }

    /// <summary>Runs <paramref name="request"/> over fact objects in memory (<see cref="LinqStatExecutor"/>; for small data).</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="request">The request.</param>
    /// <returns>The table of results.</returns>
    /// <exception cref="AccountabilityKit.Validation.ValidationFailedException">The request is invalid.</exception>
    public StatTable Execute(IEnumerable<AccountabilityFact> facts, StatRequest request)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(request);
        return Run("linq", null, () => LinqStatExecutor.Execute(facts, request));
    }

    /// <summary>Runs <paramref name="request"/> as <c>GROUP BY</c> queries over <paramref name="source"/> (<see cref="QueryableStatExecutor"/>; in the database with EF Core).</summary>
    /// <param name="source">The facts, e.g. an EF Core query.</param>
    /// <param name="request">The request.</param>
    /// <returns>The table of results.</returns>
    /// <exception cref="AccountabilityKit.Validation.ValidationFailedException">The request is invalid.</exception>
    public StatTable Execute(IQueryable<AccountabilityFact> source, StatRequest request)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        return Run("queryable", null, () => QueryableStatExecutor.Execute(source, request));
    }

    private StatTable Run(string engine, int? factCount, Func<StatTable> execute)
    {
        var operation = KitOperation.Start(Operation, ActivityName)
            .Tag(KitInstrumentation.EngineTag, engine)
            .Tag("accountabilitykit.statistics.fact_count", factCount);
        StatTable table;
        try
        {
            table = execute();
        }
        catch (Exception e)
        {
            operation.Fail(e, _logger, Catalog.Of(nameof(Messages.OperationAggregate)));
            throw;
        }

        operation.Tag("accountabilitykit.statistics.row_count", table.Rows.Length);
        var elapsed = operation.Complete();
        KitInstrumentation.StatisticsRows.Add(table.Rows.Length, new KeyValuePair<string, object?>(KitInstrumentation.EngineTag, engine));
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            Log.StatisticsAggregated(
                _logger,
                Catalog.Of(nameof(Messages.StatisticsAggregated), ("rows", table.Rows.Length), ("milliseconds", (long)elapsed.TotalMilliseconds)),
                engine,
                table.Rows.Length,
                elapsed.TotalMilliseconds);
        }
        return table;
    }
}
