using AccountabilityKit.Localization;
using AccountabilityKit.Statistics.Aggregation;

namespace AccountabilityKit.EntityFrameworkCore.Statistics;

/// <summary>
/// The database provider could not translate a statistics request to SQL. The request is not computed on the client
/// instead (that would load every fact row); run it with <c>ColumnarStatExecutor</c> on loaded facts if that is intended.
/// <see cref="Exception.Message"/> is <see cref="Text"/> rendered in the current UI culture; the provider's own
/// (English) error is the <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class StatRequestTranslationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="request">The request.</param>
    /// <param name="groupingSet">The grouping set whose query failed.</param>
    /// <param name="innerException">The provider's translation error.</param>
    public StatRequestTranslationException(StatRequest request, StatGroupingSet groupingSet, Exception innerException)
        : this(Describe(groupingSet), innerException)
    {
        Request = request;
        GroupingSet = groupingSet;
    }

    /// <summary>Creates the exception with the catalogue's general message (<c>EntityFrameworkCore.StatRequestNotRunnable</c>).</summary>
    public StatRequestTranslationException()
        : this(Catalog.Of(nameof(Messages.StatRequestNotRunnable)), null)
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

    private StatRequestTranslationException(Message text, Exception? innerException)
        : base(text.Render(null), innerException)
    {
        Text = text;
    }

    /// <summary>The request that could not be translated, when known.</summary>
    public StatRequest? Request { get; }

    /// <summary>The grouping set whose query failed, when known.</summary>
    public StatGroupingSet? GroupingSet { get; }

    /// <summary>
    /// The message (id <c>EntityFrameworkCore.StatRequestNotTranslatable</c> with the grouping set's dimensions as a
    /// labelled argument, or <c>EntityFrameworkCore.StatRequestNotRunnable</c>), for a host that renders it in a culture
    /// of its choosing; null when the exception was created from a plain string.
    /// </summary>
    public Message? Text { get; }

    private static Message Describe(StatGroupingSet? groupingSet)
    {
        var dimensions = groupingSet?.Dimensions ?? [];
        if (dimensions.IsDefaultOrEmpty)
        {
            var total = Catalog.Of(nameof(Messages.GrandTotal));
            return Catalog.Of(nameof(Messages.StatRequestNotTranslatable), ("dimensions", total));
        }

        var labelled = new LabelledValue(
            string.Join(",", dimensions.Select(d => LabelledValue.Of(d).Code)),
            string.Join("、", dimensions.Select(d => LabelledValue.Of(d).Chinese)),
            string.Join(", ", dimensions.Select(d => LabelledValue.Of(d).English)));
        return Catalog.Of(nameof(Messages.StatRequestNotTranslatable), ("dimensions", labelled));
    }
}
