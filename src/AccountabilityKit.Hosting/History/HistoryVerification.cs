using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AccountabilityKit.Hosting;

/// <summary>
/// Instruments the verification of stored, hash-chained histories: an activity <c>AccountabilityKit.VerifyHistory</c>,
/// the <c>accountabilitykit.operation.duration</c> and <c>accountabilitykit.history.chains</c> measurements (tagged
/// intact or not), and log events 6001 / 6002 (9001 when it fails). The verifier itself lives with the storage (the
/// EntityFrameworkCore package's <c>HistoryChainVerifier</c>), which this package does not reference, so the host passes
/// it in:
/// <code>
/// var reports = await history.VerifyAsync("CaseHistoryEntry",
///     ct => HistoryChainVerifier.VerifyAllAsync&lt;CaseHistoryEntry&gt;(db, ct), r => r.IsIntact, cancellationToken);
/// </code>
/// </summary>
public sealed class HistoryVerification
{
    private const string Operation = "verify_history";
    private const string ActivityName = "AccountabilityKit.VerifyHistory";
    private readonly ILogger _logger;

    internal HistoryVerification(ILogger<HistoryVerification>? logger = null) =>
        _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <summary>Runs <paramref name="verify"/> (one report per chain) and records how many chains are intact.</summary>
    /// <typeparam name="TReport">The verifier's report of one chain.</typeparam>
    /// <param name="entityType">The history entity type verified (a tag and log property, e.g. <c>CaseHistoryEntry</c>).</param>
    /// <param name="verify">Verifies the chains.</param>
    /// <param name="isIntact">Whether a report says its chain is intact.</param>
    /// <returns>The reports.</returns>
    public IReadOnlyList<TReport> Verify<TReport>(string entityType, Func<IReadOnlyList<TReport>> verify, Func<TReport, bool> isIntact)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        ArgumentNullException.ThrowIfNull(verify);
        ArgumentNullException.ThrowIfNull(isIntact);
        var operation = Start(entityType);
        IReadOnlyList<TReport> reports;
        try
        {
            reports = verify();
        }
        catch (Exception e)
        {
            operation.Fail(e, _logger, Catalog.Of(nameof(Messages.OperationVerifyHistory)));
            throw;
        }

        return Complete(operation, entityType, reports, isIntact);
    }

    /// <summary>Runs <paramref name="verify"/> asynchronously; see <see cref="Verify{TReport}"/>.</summary>
    /// <typeparam name="TReport">The verifier's report of one chain.</typeparam>
    /// <param name="entityType">The history entity type verified.</param>
    /// <param name="verify">Verifies the chains.</param>
    /// <param name="isIntact">Whether a report says its chain is intact.</param>
    /// <param name="cancellationToken">Passed to <paramref name="verify"/>.</param>
    /// <returns>The reports.</returns>
    public async Task<IReadOnlyList<TReport>> VerifyAsync<TReport>(
        string entityType,
        Func<CancellationToken, Task<IReadOnlyList<TReport>>> verify,
        Func<TReport, bool> isIntact,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        ArgumentNullException.ThrowIfNull(verify);
        ArgumentNullException.ThrowIfNull(isIntact);
        var operation = Start(entityType);
        IReadOnlyList<TReport> reports;
        try
        {
            reports = await verify(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            operation.Fail(e, _logger, Catalog.Of(nameof(Messages.OperationVerifyHistory)));
            throw;
        }

        return Complete(operation, entityType, reports, isIntact);
    }

    private static KitOperation Start(string entityType) =>
        KitOperation.Start(Operation, ActivityName).Tag(KitInstrumentation.EntityTypeTag, entityType);

    private IReadOnlyList<TReport> Complete<TReport>(KitOperation operation, string entityType, IReadOnlyList<TReport> reports, Func<TReport, bool> isIntact)
    {
        var broken = reports.Count(r => !isIntact(r));
        operation.Tag("accountabilitykit.history.chain_count", reports.Count).Tag("accountabilitykit.history.broken_count", broken);
        var elapsed = operation.Complete();
        var type = new KeyValuePair<string, object?>(KitInstrumentation.EntityTypeTag, entityType);
        KitInstrumentation.HistoryChains.Add(reports.Count - broken, type, new KeyValuePair<string, object?>(KitInstrumentation.IntactTag, true));
        if (broken > 0)
        {
            KitInstrumentation.HistoryChains.Add(broken, type, new KeyValuePair<string, object?>(KitInstrumentation.IntactTag, false));
            if (_logger.IsEnabled(LogLevel.Warning))
            {
                Log.HistoryChainsBroken(
                    _logger,
                    Catalog.Of(nameof(Messages.HistoryChainsBroken), ("entityType", entityType), ("chains", reports.Count), ("broken", broken), ("milliseconds", (long)elapsed.TotalMilliseconds)),
                    entityType,
                    reports.Count,
                    broken);
            }
        }
        else
        {
            if (_logger.IsEnabled(LogLevel.Information))
            {
                Log.HistoryVerified(
                    _logger,
                    Catalog.Of(nameof(Messages.HistoryVerified), ("entityType", entityType), ("chains", reports.Count), ("milliseconds", (long)elapsed.TotalMilliseconds)),
                    entityType,
                    reports.Count,
                    elapsed.TotalMilliseconds);
            }
        }

        return reports;
    }
}
