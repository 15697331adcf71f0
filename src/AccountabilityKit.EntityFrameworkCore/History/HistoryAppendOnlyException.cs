using AccountabilityKit.Localization;

namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>
/// Thrown by <c>SaveChanges</c> (through the interceptor of <c>UseAccountabilityKit()</c>) when a save would update,
/// delete, reorder or rewrite an append-only history entry. Nothing is saved. <see cref="Exception.Message"/> is
/// <see cref="Text"/> rendered in the current UI culture (zh-CN unless it is an English culture).
/// </summary>
public sealed class HistoryAppendOnlyException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entityType">The history entity type's name.</param>
    /// <param name="chainKey">The chain key.</param>
    /// <param name="sequence">The entry's sequence.</param>
    /// <param name="violation">What was attempted.</param>
    /// <param name="detail">The finding, as a message.</param>
    public HistoryAppendOnlyException(string entityType, string chainKey, int sequence, AppendOnlyViolation violation, Message detail)
        : this(Describe(entityType, chainKey, sequence, violation, detail), entityType, chainKey, sequence, violation, detail)
    {
    }

    private HistoryAppendOnlyException(Message text, string entityType, string chainKey, int sequence, AppendOnlyViolation violation, Message detail)
        : base(text.Render(null))
    {
        Text = text;
        EntityType = entityType;
        ChainKey = chainKey;
        Sequence = sequence;
        Violation = violation;
        Detail = detail;
    }

    /// <summary>The history entity type's name.</summary>
    public string EntityType { get; }

    /// <summary>The chain key (the aggregate's id).</summary>
    public string ChainKey { get; }

    /// <summary>The sequence of the entry concerned.</summary>
    public int Sequence { get; }

    /// <summary>What was attempted.</summary>
    public AppendOnlyViolation Violation { get; }

    /// <summary>The finding in detail (id <c>EntityFrameworkCore.History*</c> or <c>EntityFrameworkCore.ReviewHistoryRewritten</c>).</summary>
    public Message Detail { get; }

    /// <summary>
    /// The whole message (id <c>EntityFrameworkCore.HistoryAppendOnly</c>: entity, chain key, sequence, violation and
    /// <see cref="Detail"/> as arguments), for a host that renders it in a culture of its choosing.
    /// </summary>
    public Message Text { get; }

    private static Message Describe(string entityType, string chainKey, int sequence, AppendOnlyViolation violation, Message detail)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        ArgumentNullException.ThrowIfNull(chainKey);
        ArgumentNullException.ThrowIfNull(detail);
        return Catalog.Of(
            nameof(Messages.HistoryAppendOnly),
            ("entity", entityType), ("key", chainKey), ("sequence", sequence), MessageArgument.Of("violation", violation), ("detail", detail));
    }
}
