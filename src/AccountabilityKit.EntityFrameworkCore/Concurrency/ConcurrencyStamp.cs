using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AccountabilityKit.EntityFrameworkCore.Concurrency;

/// <summary>
/// Provider-neutral optimistic concurrency for aggregate roots: a shadow <see cref="Guid"/> property
/// <see cref="PropertyName"/>, marked as a concurrency token and renewed by <see cref="AccountabilityKitSaveChangesInterceptor"/>
/// on every insert and update. An update whose stamp no longer matches the row raises EF Core's
/// <c>DbUpdateConcurrencyException</c> and changes nothing. (PostgreSQL's <c>xmin</c> and SQL Server's
/// <c>rowversion</c> are provider-specific; SQLite has neither.)
/// </summary>
public static class ConcurrencyStamp
{
    /// <summary>The shadow property's name.</summary>
    public const string PropertyName = "ConcurrencyStamp";

    /// <summary>The annotation marking an entity type as an aggregate root with a stamp.</summary>
    internal const string AggregateRootAnnotation = "AccountabilityKit:AggregateRoot";

    /// <summary>Marks <typeparamref name="T"/> as an aggregate root with a concurrency stamp.</summary>
    internal static EntityTypeBuilder<T> IsAggregateRoot<T>(this EntityTypeBuilder<T> entity)
        where T : class
    {
        entity.Property<Guid>(PropertyName).IsConcurrencyToken();
        entity.HasAnnotation(AggregateRootAnnotation, true);
        return entity;
    }
}
