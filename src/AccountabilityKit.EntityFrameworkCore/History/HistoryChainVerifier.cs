using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>
/// Walks stored history chains (see <see cref="HistoryChain"/>) and reports the first broken link: an entry that does not read
/// back exactly (invalid JSON, a non-integer in an integer column), whose sequence skips (a deleted entry), whose stored previous
/// hash is not its predecessor's hash, or whose content no longer matches its own hash (an edit made behind the library's back,
/// e.g. with raw SQL); then the current state of the aggregate against the chain's head (a score card, a review, a case edited
/// without a new entry); then, when the host passes the head it stored elsewhere, a chain shortened or rewritten since. With
/// <see cref="HistoryOptions.Key"/> set on the context's <c>UseAccountabilityKit</c>, hashes are checked as HMAC-SHA256 under
/// that key (or one of <see cref="HistoryOptions.PreviousKeys"/>).
/// </summary>
public static class HistoryChainVerifier
{
    /// <summary>Verifies the chain <paramref name="chainKey"/> of history entity type <typeparamref name="TEntry"/>, without a stored head.</summary>
    /// <typeparam name="TEntry">A history entity type of the context's model.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="chainKey">The chain key (the aggregate's id), of the chain-key property's type.</param>
    /// <returns>The report.</returns>
    /// <exception cref="Model.AccountabilityKitModuleNotMappedException"><typeparamref name="TEntry"/> is a history of a module the context does not map.</exception>
    public static HistoryChainReport Verify<TEntry>(DbContext context, object chainKey)
        where TEntry : class =>
        VerifyCore<TEntry>(context, chainKey, null, async: false, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Verifies one chain asynchronously, without a stored head; see <see cref="VerifyWithHead{TEntry}(DbContext, object, HistoryChainHead)"/>.</summary>
    /// <typeparam name="TEntry">A history entity type of the context's model.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="chainKey">The chain key.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The report.</returns>
    public static Task<HistoryChainReport> VerifyAsync<TEntry>(DbContext context, object chainKey, CancellationToken cancellationToken = default)
        where TEntry : class =>
        VerifyCore<TEntry>(context, chainKey, null, async: true, cancellationToken).AsTask();

    /// <summary>Verifies every stored chain of <typeparamref name="TEntry"/>, ordered by chain key, without stored heads.</summary>
    /// <typeparam name="TEntry">A history entity type of the context's model.</typeparam>
    /// <param name="context">The context.</param>
    /// <returns>One report per chain.</returns>
    /// <exception cref="Model.AccountabilityKitModuleNotMappedException"><typeparamref name="TEntry"/> is a history of a module the context does not map.</exception>
    public static IReadOnlyList<HistoryChainReport> VerifyAll<TEntry>(DbContext context)
        where TEntry : class =>
        VerifyAllCore<TEntry>(context, null, async: false, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Verifies every stored chain asynchronously, without stored heads; see <see cref="VerifyAllWithHeads{TEntry}(DbContext, IEnumerable{HistoryChainHead})"/>.</summary>
    /// <typeparam name="TEntry">A history entity type of the context's model.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>One report per chain.</returns>
    public static Task<IReadOnlyList<HistoryChainReport>> VerifyAllAsync<TEntry>(DbContext context, CancellationToken cancellationToken = default)
        where TEntry : class =>
        VerifyAllCore<TEntry>(context, null, async: true, cancellationToken).AsTask();

    /// <summary>Verifies the chain <paramref name="chainKey"/> of history entity type <typeparamref name="TEntry"/> against the head the host stored.</summary>
    /// <typeparam name="TEntry">A history entity type of the context's model.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="chainKey">The chain key (the aggregate's id), of the chain-key property's type.</param>
    /// <param name="expectedHead">The head the host stored when it last saw the chain intact (from <see cref="HistoryChainReport.Head"/>):
    /// a chain that no longer reaches that head (<see cref="HistoryBreakKind.Truncated"/>) or holds
    /// another entry there (<see cref="HistoryBreakKind.HeadMismatch"/>) is reported.</param>
    /// <returns>The report.</returns>
    /// <exception cref="Model.AccountabilityKitModuleNotMappedException"><typeparamref name="TEntry"/> is a history of a module the context does not map.</exception>
    /// <exception cref="ArgumentException"><paramref name="expectedHead"/> names another entity type or chain.</exception>
    public static HistoryChainReport VerifyWithHead<TEntry>(DbContext context, object chainKey, HistoryChainHead expectedHead)
        where TEntry : class =>
        VerifyCore<TEntry>(context, chainKey, expectedHead, async: false, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Verifies one chain asynchronously; see <see cref="VerifyWithHead{TEntry}(DbContext, object, HistoryChainHead)"/>.</summary>
    /// <typeparam name="TEntry">A history entity type of the context's model.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="chainKey">The chain key.</param>
    /// <param name="expectedHead">The head the host stored.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The report.</returns>
    public static Task<HistoryChainReport> VerifyWithHeadAsync<TEntry>(DbContext context, object chainKey, HistoryChainHead expectedHead, CancellationToken cancellationToken = default)
        where TEntry : class =>
        VerifyCore<TEntry>(context, chainKey, expectedHead, async: true, cancellationToken).AsTask();

    /// <summary>
    /// Verifies every stored chain of <typeparamref name="TEntry"/>, ordered by chain key, each against its stored head if there is
    /// one, and every chain a stored head names — a chain deleted entirely is reported as <see cref="HistoryBreakKind.Truncated"/> with no entries.
    /// </summary>
    /// <typeparam name="TEntry">A history entity type of the context's model.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="expectedHeads">The heads the host stored (those of other entity types are ignored).</param>
    /// <returns>One report per chain.</returns>
    /// <exception cref="Model.AccountabilityKitModuleNotMappedException"><typeparamref name="TEntry"/> is a history of a module the context does not map.</exception>
    public static IReadOnlyList<HistoryChainReport> VerifyAllWithHeads<TEntry>(DbContext context, IEnumerable<HistoryChainHead> expectedHeads)
        where TEntry : class =>
        VerifyAllCore<TEntry>(context, expectedHeads, async: false, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Verifies every stored chain asynchronously; see <see cref="VerifyAllWithHeads{TEntry}(DbContext, IEnumerable{HistoryChainHead})"/>.</summary>
    /// <typeparam name="TEntry">A history entity type of the context's model.</typeparam>
    /// <param name="context">The context.</param>
    /// <param name="expectedHeads">The heads the host stored.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>One report per chain.</returns>
    public static Task<IReadOnlyList<HistoryChainReport>> VerifyAllWithHeadsAsync<TEntry>(DbContext context, IEnumerable<HistoryChainHead> expectedHeads, CancellationToken cancellationToken = default)
        where TEntry : class =>
        VerifyAllCore<TEntry>(context, expectedHeads, async: true, cancellationToken).AsTask();

    private static async ValueTask<HistoryChainReport> VerifyCore<TEntry>(DbContext context, object chainKey, HistoryChainHead? expectedHead, bool async, CancellationToken cancellationToken)
        where TEntry : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(chainKey);
        var entityType = typeof(TEntry).Name;
        var keyText = HistoryChain.FormatKey(chainKey);
        if (expectedHead is not null && (expectedHead.EntityType != entityType || expectedHead.ChainKey != keyText))
        {
            throw new ArgumentException($"The head is of {expectedHead.EntityType} '{expectedHead.ChainKey}', not of {entityType} '{keyText}'.", nameof(expectedHead));
        }

        var descriptor = HistoryEntryDescriptor.Require(context, typeof(TEntry));
        var entries = await descriptor.LoadChainAsync(context, chainKey, async, cancellationToken).ConfigureAwait(false);
        var keys = HistoryStorage.Options(context).VerificationKeys();
        var report = Check(entityType, keyText, entries, keys);
        if (report.IsIntact && descriptor.Binding is { } binding)
        {
            Localization.Message? finding;
            try
            {
                finding = await binding(context, chainKey, entries, async, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (HistoryStorage.IsUnreadable(e))
            {
                finding = Catalog.Of(nameof(Messages.HistoryCurrentStateUnreadable));
            }

            if (finding is not null)
            {
                var head = entries.Count == 0 ? null : entries[^1];
                report = report with
                {
                    FirstBrokenLink = new HistoryBrokenLink(head?.Sequence ?? 0, HistoryBreakKind.CurrentStateChanged, head?.Hash ?? HistoryChain.GenesisHash, head?.Hash ?? HistoryChain.GenesisHash, finding),
                    Head = null,
                };
            }
        }

        return report.IsIntact && expectedHead is not null ? CheckHead(report, entries, expectedHead) : report;
    }

    private static async ValueTask<IReadOnlyList<HistoryChainReport>> VerifyAllCore<TEntry>(DbContext context, IEnumerable<HistoryChainHead>? expectedHeads, bool async, CancellationToken cancellationToken)
        where TEntry : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var descriptor = HistoryEntryDescriptor.Require(context, typeof(TEntry));
        var heads = (expectedHeads ?? []).Where(h => h.EntityType == typeof(TEntry).Name).ToDictionary(h => h.ChainKey, StringComparer.Ordinal);
        var keys = await descriptor.LoadChainKeysAsync(context, async, cancellationToken).ConfigureAwait(false);
        var reports = new List<HistoryChainReport>(keys.Count);
        foreach (var key in keys)
        {
            var keyText = HistoryChain.FormatKey(key);
            reports.Add(await VerifyCore<TEntry>(context, key, heads.GetValueOrDefault(keyText), async, cancellationToken).ConfigureAwait(false));
            heads.Remove(keyText);
        }

        foreach (var head in heads.Values)
        {
            reports.Add(CheckHead(new HistoryChainReport(head.EntityType, head.ChainKey, 0, null, null), [], head));
        }

        return [.. reports.OrderBy(r => r.ChainKey, StringComparer.Ordinal)];
    }

    /// <summary>Checks stored entries (in sequence order) link by link, with the verification keys (none: unkeyed SHA-256).</summary>
    internal static HistoryChainReport Check(string entityType, string chainKey, IReadOnlyList<StoredHistoryEntry> entries, IReadOnlyList<byte[]>? keys = null)
    {
        keys ??= [];
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
            else if (entry.CanonicalContent is null || entry.Inexact)
            {
                broken = new HistoryBrokenLink(
                    entry.Sequence, HistoryBreakKind.Unreadable, entry.Hash, entry.Hash,
                    Catalog.Of(entry.Inexact ? nameof(Messages.HistoryValueInexact) : nameof(Messages.HistoryEntryUnreadable), ("sequence", entry.Sequence)));
            }
            else
            {
                var recomputed = HistoryChain.ComputeHash(keys.Count == 0 ? null : keys[0], previousHash, chainKey, entry.Sequence, entry.CanonicalContent);
                var matches = string.Equals(recomputed, entry.Hash, StringComparison.Ordinal)
                    || keys.Skip(1).Any(k => string.Equals(HistoryChain.ComputeHash(k, previousHash, chainKey, entry.Sequence, entry.CanonicalContent), entry.Hash, StringComparison.Ordinal));
                if (!matches)
                {
                    broken = new HistoryBrokenLink(
                        entry.Sequence, HistoryBreakKind.ContentChanged, recomputed, entry.Hash,
                        Catalog.Of(nameof(Messages.HistoryContentChanged), ("sequence", entry.Sequence)));
                }
            }

            if (broken is not null)
            {
                return new HistoryChainReport(entityType, chainKey, entries.Count, broken, null);
            }

            previousHash = entry.Hash;
            expectedSequence++;
        }

        var head = entries.Count == 0 ? null : new HistoryChainHead(entityType, chainKey, entries[^1].Sequence, entries[^1].Hash);
        return new HistoryChainReport(entityType, chainKey, entries.Count, null, head);
    }

    private static HistoryChainReport CheckHead(HistoryChainReport report, IReadOnlyList<StoredHistoryEntry> entries, HistoryChainHead expected)
    {
        if (entries.Count < expected.Sequence)
        {
            var last = entries.Count == 0 ? HistoryChain.GenesisHash : entries[^1].Hash;
            return report with
            {
                FirstBrokenLink = new HistoryBrokenLink(
                    expected.Sequence, HistoryBreakKind.Truncated, expected.Hash, last,
                    Catalog.Of(nameof(Messages.HistoryTruncated), ("sequence", expected.Sequence), ("count", entries.Count))),
                Head = null,
            };
        }

        var stored = entries[expected.Sequence - 1];
        return string.Equals(stored.Hash, expected.Hash, StringComparison.Ordinal)
            ? report
            : report with
            {
                FirstBrokenLink = new HistoryBrokenLink(
                    expected.Sequence, HistoryBreakKind.HeadMismatch, expected.Hash, stored.Hash,
                    Catalog.Of(nameof(Messages.HistoryHeadMismatch), ("sequence", expected.Sequence))),
                Head = null,
            };
    }
}
