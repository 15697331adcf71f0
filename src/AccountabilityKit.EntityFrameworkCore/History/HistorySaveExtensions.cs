using System.Runtime.CompilerServices;
using AccountabilityKit.People;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>Saves with an explicit actor: the person recorded on every history entry this save writes.</summary>
public static class HistorySaveExtensions
{
    private static readonly ConditionalWeakTable<DbContext, StrongBox<PersonId>> Actors = new();

    /// <summary>
    /// <see cref="DbContext.SaveChanges()"/> recording <paramref name="actor"/> as <c>RecordedBy</c> on every history entry written,
    /// whatever <see cref="HistoryOptions.Actor"/> says.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="actor">Who saves.</param>
    /// <returns>The number of rows written.</returns>
    public static int SaveChangesBy(this DbContext context, PersonId actor)
    {
        ArgumentNullException.ThrowIfNull(context);
        Actors.AddOrUpdate(context, new StrongBox<PersonId>(actor));
        try
        {
            return context.SaveChanges();
        }
        finally
        {
            Actors.Remove(context);
        }
    }

    /// <summary>The asynchronous form of <see cref="SaveChangesBy"/>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="actor">Who saves.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The number of rows written.</returns>
    public static async Task<int> SaveChangesByAsync(this DbContext context, PersonId actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        Actors.AddOrUpdate(context, new StrongBox<PersonId>(actor));
        try
        {
            return await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Actors.Remove(context);
        }
    }

    internal static PersonId? ExplicitActor(DbContext context) =>
        Actors.TryGetValue(context, out var box) ? box.Value : null;
}
