using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Model;

/// <summary>Saving AccountabilityKit's immutable aggregates with a user's <see cref="DbContext"/>.</summary>
public static class AccountabilityKitDbContextExtensions
{
    /// <summary>
    /// Replaces a tracked aggregate by its next immutable version (e.g. <c>review.Submit(…)</c> returns a new
    /// review): stops tracking <paramref name="current"/> and tracks <paramref name="replacement"/> as modified, carrying
    /// over the shadow values of the row (the concurrency stamp read with <paramref name="current"/>, generated keys), so
    /// the next <c>SaveChanges</c> updates the same row — or raises <c>DbUpdateConcurrencyException</c> when someone
    /// else saved it in between.
    /// </summary>
    /// <typeparam name="T">The aggregate type.</typeparam>
    /// <param name="context">The context that loaded <paramref name="current"/>.</param>
    /// <param name="current">The tracked version.</param>
    /// <param name="replacement">The new version, with the same key.</param>
    /// <returns><paramref name="replacement"/>.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="current"/> is not tracked by <paramref name="context"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="replacement"/> has another key.</exception>
    public static T Replace<T>(this DbContext context, T current, T replacement)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(replacement);
        var entry = context.Entry(current);
        if (entry.State == EntityState.Detached)
        {
            throw new InvalidOperationException(Catalog.Of(nameof(Messages.ReplaceNotTracked), ("type", typeof(T).Name)).Render(null));
        }

        var shadow = entry.Metadata.GetProperties()
            .Where(p => p.IsShadowProperty())
            .Select(p => (p.Name, Original: entry.Property(p.Name).OriginalValue, Current: entry.Property(p.Name).CurrentValue))
            .ToList();
        var primaryKey = entry.Metadata.FindPrimaryKey()!;
        var next = context.Entry(replacement);
        foreach (var (name, _, currentValue) in shadow)
        {
            next.Property(name).CurrentValue = currentValue;
        }

        foreach (var key in primaryKey.Properties.Where(p => !p.IsShadowProperty()))
        {
            if (!Equals(entry.Property(key.Name).CurrentValue, next.Property(key.Name).CurrentValue))
            {
                throw new ArgumentException(
                    Catalog.Of(
                        nameof(Messages.ReplaceKeyChanged),
                        ("property", key.Name),
                        ("replacement", Convert.ToString(next.Property(key.Name).CurrentValue, CultureInfo.InvariantCulture)),
                        ("current", Convert.ToString(entry.Property(key.Name).CurrentValue, CultureInfo.InvariantCulture))).Render(null),
                    nameof(replacement));
            }
        }

        foreach (var owned in entry.References.Where(r => r.Metadata.TargetEntityType.IsOwned()).Select(r => r.TargetEntry).OfType<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry>().ToList())
        {
            owned.State = EntityState.Detached;
        }

        entry.State = EntityState.Detached;
        next.State = EntityState.Modified;
        foreach (var (name, original, _) in shadow)
        {
            next.Property(name).OriginalValue = original;
        }

        context.Update(replacement);
        return replacement;
    }
}
