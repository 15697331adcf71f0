using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AccountabilityKit.EntityFrameworkCore.Concurrency;

/// <summary>
/// Maintains what AccountabilityKit's model needs on every save: keeps histories append-only and hash-chained
/// (<see cref="History.HistoryChain"/>) and renews the concurrency stamp of each added or modified aggregate root. Register it with <see cref="Model.AccountabilityKitDbContextOptionsExtensions.UseAccountabilityKit{TContext}(Microsoft.EntityFrameworkCore.DbContextOptionsBuilder{TContext})"/>.
/// </summary>
internal sealed class AccountabilityKitSaveChangesInterceptor(History.HistoryOptions options) : SaveChangesInterceptor
{
    /// <summary>The interceptor of <c>UseAccountabilityKit()</c> without options: no clock, no ambient actor, unkeyed chains.</summary>
    public static readonly AccountabilityKitSaveChangesInterceptor Instance = new(new History.HistoryOptions());

    /// <summary>The history options (a copy taken when the interceptor was registered).</summary>
    public History.HistoryOptions Options { get; } = options;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            BeforeSaveAsync(context, Options, async: false, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            await BeforeSaveAsync(context, Options, async: true, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private static async ValueTask BeforeSaveAsync(DbContext context, History.HistoryOptions options, bool async, CancellationToken cancellationToken)
    {
        context.ChangeTracker.DetectChanges();
        await History.HistoryChainMaintenance.BeforeSaveAsync(context, options, async, cancellationToken).ConfigureAwait(false);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                Accountability.CaseSubjectColumns.Refresh(entry);
            }

            if (entry.State is EntityState.Added or EntityState.Modified
                && entry.Metadata.FindAnnotation(ConcurrencyStamp.AggregateRootAnnotation) is not null)
            {
                entry.Property(ConcurrencyStamp.PropertyName).CurrentValue = Guid.NewGuid();
            }
        }
    }
}
