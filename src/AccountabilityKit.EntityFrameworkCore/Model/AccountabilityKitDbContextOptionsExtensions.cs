using AccountabilityKit.EntityFrameworkCore.Concurrency;
using AccountabilityKit.EntityFrameworkCore.History;
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

    /// <summary>The non-generic form of <see cref="UseAccountabilityKit{TContext}(DbContextOptionsBuilder{TContext})"/>.</summary>
    /// <param name="optionsBuilder">The user's options builder.</param>
    /// <returns>The same builder.</returns>
    public static DbContextOptionsBuilder UseAccountabilityKit(this DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.AddInterceptors(AccountabilityKitSaveChangesInterceptor.Instance);
        return optionsBuilder;
    }

    /// <summary>
    /// Adds AccountabilityKit's save-changes interceptor with history options: the clock and the ambient actor recorded on every
    /// history entry the kit writes, and optionally the key of a keyed chain (see <see cref="HistoryOptions"/>). The options are
    /// copied when this is called.
    /// </summary>
    /// <typeparam name="TContext">The context type.</typeparam>
    /// <param name="optionsBuilder">The user's options builder.</param>
    /// <param name="configure">Sets the history options.</param>
    /// <returns>The same builder.</returns>
    public static DbContextOptionsBuilder<TContext> UseAccountabilityKit<TContext>(this DbContextOptionsBuilder<TContext> optionsBuilder, Action<HistoryOptions> configure)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        ((DbContextOptionsBuilder)optionsBuilder).UseAccountabilityKit(configure);
        return optionsBuilder;
    }

    /// <summary>The non-generic form of <see cref="UseAccountabilityKit{TContext}(DbContextOptionsBuilder{TContext}, Action{HistoryOptions})"/>.</summary>
    /// <param name="optionsBuilder">The user's options builder.</param>
    /// <param name="configure">Sets the history options.</param>
    /// <returns>The same builder.</returns>
    public static DbContextOptionsBuilder UseAccountabilityKit(this DbContextOptionsBuilder optionsBuilder, Action<HistoryOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new HistoryOptions();
        configure(options);
        optionsBuilder.AddInterceptors(new AccountabilityKitSaveChangesInterceptor(options.Copy()));
        return optionsBuilder;
    }
}
