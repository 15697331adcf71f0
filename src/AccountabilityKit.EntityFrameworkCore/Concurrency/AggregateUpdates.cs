using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Concurrency;

/// <summary>
/// The update pattern for AccountabilityKit's immutable aggregates (records): load the aggregate with tracking, make
/// the changed copy with <c>with { … }</c>, then <see cref="UpdateAggregate{T}"/> copies the copy's values onto the
/// tracked row (EF Core's <c>Entry(old).CurrentValues.SetValues(updated)</c>) and <c>SaveChanges</c> writes only the
/// changed columns, guarded by the aggregate's concurrency stamp: if another context saved the row since it was loaded,
/// <see cref="DbUpdateConcurrencyException"/> is raised and the row keeps the other save.
/// </summary>
public static class AggregateUpdates
{
    /// <summary>Marks <paramref name="current"/> (tracked by <paramref name="context"/>) as changed to the values of <paramref name="updated"/>.</summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="context">The context tracking <paramref name="current"/>.</param>
    /// <param name="current">The aggregate as loaded (tracked). EF Core writes the new values into this instance.</param>
    /// <param name="updated">The changed copy; its key must equal the loaded one's.</param>
    /// <returns>The tracked instance, now holding the new values.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="current"/> is not tracked by <paramref name="context"/>, or
    /// <paramref name="updated"/> has another key (an update never moves a row; add the new aggregate instead).</exception>
    public static T UpdateAggregate<T>(this DbContext context, T current, T updated)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(updated);
        var entry = context.Entry(current);
        if (entry.State is EntityState.Detached or EntityState.Deleted)
        {
            throw new InvalidOperationException($"The {typeof(T).Name} to update is not tracked by this context (state {entry.State}); load it with tracking first.");
        }

        var key = entry.Metadata.FindPrimaryKey()
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no key; only aggregates with a key can be updated.");
        foreach (var property in key.Properties)
        {
            var getter = property.GetGetter();
            var was = getter.GetClrValueUsingContainingEntity(current);
            var now = getter.GetClrValueUsingContainingEntity(updated);
            if (!Equals(was, now))
            {
                throw new InvalidOperationException($"The updated {typeof(T).Name} has {property.Name} '{now}' where the stored one has '{was}'; an update cannot change the key.");
            }
        }

        entry.CurrentValues.SetValues(updated);
        return current;
    }
}
