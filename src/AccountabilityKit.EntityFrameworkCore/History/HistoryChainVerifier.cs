using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>
/// Walks stored history chains (see <see cref="HistoryChain"/>) and reports the first broken link: an entry whose
/// sequence skips (a deleted entry), whose stored previous hash is not its predecessor's hash, or whose content no
/// longer matches its own hash (an edit made behind the library's back, e.g. with raw SQL).
/// </summary>
public static class HistoryChainVerifier
{
    /// <summary>Verifies the chain <paramref name="chainKey"/> of history entity type <typeparamref name="TEntry"/>.</summary>
    /// <typeparam name="TEntry">A history entity type of the context's model.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="chainKey">The chain key (the aggregate's id), of the chain-key property's type.</param>
    /// <returns>The report.</returns>
    /// <exception cref="Model.AccountabilityKitModuleNotMappedException"><typeparamref name="TEntry"/> is a history of a module the context does not map.</exception>
    public static HistoryChainReport Verify<TEntry>(DbContext context, object chainKey)
        where TEntry : class =>
        VerifyCore<TEntry>(context, chainKey, async: false, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Verifies one chain asynchronously; see <see cref="Verify{TEntry}"/>.</summary>
    /// <typeparam name="TEntry">A history entity type of the context's model.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="chainKey">The chain key.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The report.</returns>
    public static Task<HistoryChainReport> VerifyAsync<TEntry>(DbContext context, object chainKey, CancellationToken cancellationToken = default)
        where TEntry : class =>
        VerifyCore<TEntry>(context, chainKey, async: true, cancellationToken).AsTask();

    /// <summary>Verifies every stored chain of <typeparamref name="TEntry"/>, ordered by chain key.</summary>
    /// <typeparam name="TEntry">A history entity type of the context's model.</typeparam>
    /// <param name="context">The context.</param>
    /// <returns>One report per chain.</returns>
    /// <exception cref="Model.AccountabilityKitModuleNotMappedException"><typeparamref name="TEntry"/> is a history of a module the context does not map.</exception>
    public static IReadOnlyList<HistoryChainReport> VerifyAll<TEntry>(DbContext context)
        where TEntry : class =>
        VerifyAllCore<TEntry>(context, async: false, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Verifies every stored chain asynchronously; see <see cref="VerifyAll{TEntry}"/>.</summary>
    /// <typeparam name="TEntry">A history entity type of the context's model.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>One report per chain.</returns>
    public static Task<IReadOnlyList<HistoryChainReport>> VerifyAllAsync<TEntry>(DbContext context, CancellationToken cancellationToken = default)
        where TEntry : class =>
        VerifyAllCore<TEntry>(context, async: true, cancellationToken).AsTask();

    private static async ValueTask<HistoryChainReport> VerifyCore<TEntry>(DbContext context, object chainKey, bool async, CancellationToken cancellationToken)
        where TEntry : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(chainKey);
        var descriptor = HistoryEntryDescriptor.Require(context, typeof(TEntry));
        var entries = await descriptor.LoadChainAsync(context, chainKey, async, cancellationToken).ConfigureAwait(false);
        return Check(typeof(TEntry).Name, HistoryChain.FormatKey(chainKey), entries);
    }

    private static async ValueTask<IReadOnlyList<HistoryChainReport>> VerifyAllCore<TEntry>(DbContext context, bool async, CancellationToken cancellationToken)
        where TEntry : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var descriptor = HistoryEntryDescriptor.Require(context, typeof(TEntry));
        var keys = await descriptor.LoadChainKeysAsync(context, async, cancellationToken).ConfigureAwait(false);
        var reports = new List<HistoryChainReport>(keys.Count);
        foreach (var key in keys)
        {
            reports.Add(await VerifyCore<TEntry>(context, key, async, cancellationToken).ConfigureAwait(false));
        }

        return reports;
    }

    /// <summary>Checks stored entries (in sequence order) link by link.</summary>
    internal static HistoryChainReport Check(string entityType, string chainKey, IReadOnlyList<StoredHistoryEntry> entries)
    {
        var previousHash = HistoryChain.GenesisHash;
        var expectedSequence = 1;
        foreach (var entry in entries)
        {
            HistoryBrokenLink? broken = null;
            if (entry.Sequence != expectedSequence)
            {
                broken = new HistoryBrokenLink(
                    entry.Sequence, HistoryBreakKind.SequenceGap, previousHash, entry.PreviousHash,
                    Catalog.Of(nameof(Messages.HistorySequenceGap), ("sequence", entry.Sequence), ("previous", expectedSequence - 1), ("missing", expectedSequence)));
            }
            else if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                broken = new HistoryBrokenLink(
                    entry.Sequence, HistoryBreakKind.PredecessorChanged, previousHash, entry.PreviousHash,
                    expectedSequence == 1
                        ? Catalog.Of(nameof(Messages.HistoryGenesisMismatch))
                        : Catalog.Of(nameof(Messages.HistoryPredecessorMismatch), ("sequence", entry.Sequence), ("previous", expectedSequence - 1)));
            }
            else
            {
                var recomputed = HistoryChain.ComputeHash(previousHash, chainKey, entry.Sequence, entry.CanonicalContent);
                if (!string.Equals(recomputed, entry.Hash, StringComparison.Ordinal))
                {
                    broken = new HistoryBrokenLink(
                        entry.Sequence, HistoryBreakKind.ContentChanged, recomputed, entry.Hash,
                        Catalog.Of(nameof(Messages.HistoryContentChanged), ("sequence", entry.Sequence)));
                }
            }

            if (broken is not null)
            {
                return new HistoryChainReport(entityType, chainKey, entries.Count, broken);
            }

            previousHash = entry.Hash;
            expectedSequence++;
        }

        return new HistoryChainReport(entityType, chainKey, entries.Count, null);
    }
}
