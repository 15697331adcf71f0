using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AccountabilityKit.EntityFrameworkCore.Concurrency;

/// <summary>
/// Maintains what AccountabilityKit's model needs on every save: renews the concurrency stamp of each added or modified
/// aggregate root. Register it with <see cref="Model.AccountabilityKitDbContextOptionsExtensions.UseAccountabilityKit{TContext}"/>.
/// </summary>
internal sealed class AccountabilityKitSaveChangesInterceptor : SaveChangesInterceptor
{
    public static readonly AccountabilityKitSaveChangesInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            BeforeSave(context);
        }

        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            BeforeSave(context);
        }

        return ValueTask.FromResult(result);
    }

    private static void BeforeSave(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
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
