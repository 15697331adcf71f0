using AccountabilityKit.EntityFrameworkCore.Concurrency;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Model;

/// <summary>Registers what AccountabilityKit's model needs at save time on a user's <see cref="DbContextOptionsBuilder"/>.</summary>
public static class AccountabilityKitDbContextOptionsExtensions
{
    /// <summary>
    /// Adds AccountabilityKit's save-changes interceptor: concurrency stamps of aggregate roots renewed on every save,
    /// and histories kept append-only and hash-chained. Call it next to <c>UseSqlite</c>/<c>UseNpgsql</c>.
    /// </summary>
    /// <param name="optionsBuilder">The user's options builder.</param>
    /// <returns>The same builder.</returns>
    public static DbContextOptionsBuilder<TContext> UseAccountabilityKit<TContext>(this DbContextOptionsBuilder<TContext> optionsBuilder)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.AddInterceptors(AccountabilityKitSaveChangesInterceptor.Instance);
        return optionsBuilder;
    }

    /// <summary>The non-generic form of <see cref="UseAccountabilityKit{TContext}"/>.</summary>
    /// <param name="optionsBuilder">The user's options builder.</param>
    /// <returns>The same builder.</returns>
    public static DbContextOptionsBuilder UseAccountabilityKit(this DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.AddInterceptors(AccountabilityKitSaveChangesInterceptor.Instance);
        return optionsBuilder;
    }
}
