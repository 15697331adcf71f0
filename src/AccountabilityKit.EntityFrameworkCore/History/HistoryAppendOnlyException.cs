namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>
/// Thrown by <c>SaveChanges</c> (through the interceptor of <c>UseAccountabilityKit()</c>) when a save would update,
/// delete, reorder or rewrite an append-only history entry. Nothing is saved.
/// </summary>
public sealed class HistoryAppendOnlyException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entityType">The history entity type's name.</param>
    /// <param name="chainKey">The chain key.</param>
    /// <param name="sequence">The entry's sequence.</param>
    /// <param name="violation">What was attempted.</param>
    /// <param name="detail">The finding in words.</param>
    public HistoryAppendOnlyException(string entityType, string chainKey, int sequence, AppendOnlyViolation violation, string detail)
        : base($"{entityType} [{chainKey} #{sequence}] is append-only history: {violation}. {detail}")
    {
        EntityType = entityType;
        ChainKey = chainKey;
        Sequence = sequence;
        Violation = violation;
    }

    /// <summary>The history entity type's name.</summary>
    public string EntityType { get; }

    /// <summary>The chain key (the aggregate's id).</summary>
    public string ChainKey { get; }

    /// <summary>The sequence of the entry concerned.</summary>
    public int Sequence { get; }

    /// <summary>What was attempted.</summary>
    public AppendOnlyViolation Violation { get; }
}
