using AccountabilityKit.Organization;

namespace AccountabilityKit.EntityFrameworkCore.Repositories;

/// <summary>
/// A <see cref="ScopedRepository{T}"/> refused an operation that would reach outside its <see cref="DataScope"/>:
/// adding, updating or deleting an entity whose unit (stored or new) is not visible, or a specification whose
/// includes would load rows the scope cannot filter. Nothing was changed.
/// </summary>
public sealed class DataScopeViolationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entityType">The entity type of the refused operation.</param>
    /// <param name="unit">The unit outside the scope, when one is known.</param>
    /// <param name="message">What was refused and why.</param>
    public DataScopeViolationException(Type entityType, OrgUnitId? unit, string message)
        : base(message)
    {
        EntityType = entityType;
        Unit = unit;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public DataScopeViolationException()
        : this(typeof(object), null, "The operation reaches outside the repository's data scope.")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">What was refused.</param>
    public DataScopeViolationException(string message)
        : this(typeof(object), null, message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What was refused.</param>
    /// <param name="innerException">The cause.</param>
    public DataScopeViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
        EntityType = typeof(object);
    }

    /// <summary>The entity type of the refused operation.</summary>
    public Type EntityType { get; }

    /// <summary>The unit outside the scope, when one is known (null for a refused specification or a missing row).</summary>
    public OrgUnitId? Unit { get; }
}
