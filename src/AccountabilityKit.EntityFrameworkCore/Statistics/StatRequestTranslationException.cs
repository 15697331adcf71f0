using AccountabilityKit.Statistics.Aggregation;

namespace AccountabilityKit.EntityFrameworkCore.Statistics;

/// <summary>
/// The database provider could not translate a statistics request to SQL. The request is not computed on the client
/// instead (that would load every fact row); run it with <c>ColumnarStatExecutor</c> on loaded facts if that is intended.
/// </summary>
public sealed class StatRequestTranslationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="request">The request.</param>
    /// <param name="groupingSet">The grouping set whose query failed.</param>
    /// <param name="innerException">The provider's translation error.</param>
    public StatRequestTranslationException(StatRequest request, StatGroupingSet groupingSet, Exception innerException)
        : base(
            $"The statistics request cannot run in the database: the query of the grouping set [{string.Join(", ", groupingSet?.Dimensions ?? [])}] could not be translated to SQL by the provider. {innerException?.Message}",
            innerException)
    {
        Request = request;
        GroupingSet = groupingSet;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public StatRequestTranslationException()
        : base("The statistics request cannot run in the database.")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public StatRequestTranslationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public StatRequestTranslationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The request that could not be translated, when known.</summary>
    public StatRequest? Request { get; }

    /// <summary>The grouping set whose query failed, when known.</summary>
    public StatGroupingSet? GroupingSet { get; }
}
