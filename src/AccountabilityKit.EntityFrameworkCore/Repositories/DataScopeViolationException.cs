using AccountabilityKit.Localization;
using AccountabilityKit.Organization;

namespace AccountabilityKit.EntityFrameworkCore.Repositories;

/// <summary>
/// A <see cref="ScopedRepository{T}"/> refused an operation that would reach outside its <see cref="DataScope"/>. The
/// reason is the id of <see cref="Text"/>: a specification that reaches past the scoped set
/// (<c>DataScopeSpecificationRefused</c>, <c>DataScopeIncludes</c>, <c>DataScopePostProcessingRefused</c>), an add the
/// scope does not allow — an out-of-scope unit or a taken key, one answer for both (<c>DataScopeAddRefused</c>) — an
/// update or delete of an out-of-scope or missing row (<c>DataScopeUnitOutside</c>, <c>DataScopeRowMissing</c>), a
/// pending change of the shared change tracker the repository may not save (<c>DataScopePendingChange</c>), or a bulk
/// update that moved rows out of the scope and was rolled back (<c>DataScopeBulkMovedRows</c>). Nothing was changed.
/// <see cref="Exception.Message"/> is <see cref="Text"/> rendered in the current UI culture (zh-CN unless it is an
/// English culture).
/// </summary>
public sealed class DataScopeViolationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entityType">The entity type of the refused operation.</param>
    /// <param name="unit">The unit outside the scope, when one is known.</param>
    /// <param name="text">What was refused and why, as a message.</param>
    public DataScopeViolationException(Type entityType, OrgUnitId? unit, Message text)
        : base(RenderOf(text))
    {
        EntityType = entityType;
        Unit = unit;
        Text = text;
    }

    /// <summary>Creates the exception with the catalogue's general message (<c>EntityFrameworkCore.DataScopeViolation</c>).</summary>
    public DataScopeViolationException()
        : this(typeof(object), null, Catalog.Of(nameof(Messages.DataScopeViolation)))
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">What was refused.</param>
    public DataScopeViolationException(string message)
        : base(message)
    {
        EntityType = typeof(object);
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

    /// <summary>
    /// What was refused, as a message (ids <c>EntityFrameworkCore.DataScope*</c>), for a host that renders it in a
    /// culture of its choosing; null when the exception was created from a plain string.
    /// </summary>
    public Message? Text { get; }

    private static string RenderOf(Message text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Render(null);
    }
}
