using AccountabilityKit.Localization;
using AccountabilityKit.Organization;

namespace AccountabilityKit.EntityFrameworkCore.Repositories;

/// <summary>
/// A <see cref="ScopedRepository{T}"/> refused an operation that would reach outside its <see cref="DataScope"/>:
/// adding, updating or deleting an entity whose unit (stored or new) is not visible, or a specification whose
/// includes would load rows the scope cannot filter. Nothing was changed. <see cref="Exception.Message"/> is
/// <see cref="Text"/> rendered in the current UI culture (zh-CN unless it is an English culture).
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
