using AccountabilityKit.Localization;

namespace AccountabilityKit.EntityFrameworkCore.Model;

/// <summary>
/// An AccountabilityKit operation needs an entity type of a <see cref="AccountabilityKitModule"/> that the context's
/// model does not map (its <c>ApplyAccountabilityKit</c> named other modules): a <c>ScopedRepository</c>, a
/// <c>HistoryChainVerifier</c> run, <c>ExecuteStatRequestAsync</c>, or a save of an aggregate whose history table is
/// missing. Nothing was queried or saved. <see cref="Exception.Message"/> is <see cref="Text"/> rendered in the current
/// UI culture (zh-CN unless it is an English culture).
/// </summary>
public sealed class AccountabilityKitModuleNotMappedException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="module">The module that is not mapped.</param>
    /// <param name="entityType">The entity type of that module the operation needed.</param>
    /// <param name="text">What is missing and how to map it, as a message.</param>
    public AccountabilityKitModuleNotMappedException(AccountabilityKitModule module, Type entityType, Message text)
        : base(RenderOf(text))
    {
        ArgumentNullException.ThrowIfNull(entityType);
        Module = module;
        EntityType = entityType;
        Text = text;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public AccountabilityKitModuleNotMappedException()
        : this(Catalog.Of(nameof(Messages.ModuleNotMappedGeneral)).Render(null))
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">What is missing.</param>
    public AccountabilityKitModuleNotMappedException(string message)
        : base(message)
    {
        EntityType = typeof(object);
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What is missing.</param>
    /// <param name="innerException">The cause.</param>
    public AccountabilityKitModuleNotMappedException(string message, Exception innerException)
        : base(message, innerException)
    {
        EntityType = typeof(object);
    }

    /// <summary>The module that is not mapped.</summary>
    public AccountabilityKitModule Module { get; }

    /// <summary>The entity type of that module the operation needed (<see cref="object"/> when created from a plain string).</summary>
    public Type EntityType { get; }

    /// <summary>
    /// What is missing, as a message (id <c>EntityFrameworkCore.ModuleNotMapped</c>: the entity type, the module as a
    /// labelled argument, the context type and the option to add), for a host that renders it in a culture of its
    /// choosing; null when the exception was created from a plain string.
    /// </summary>
    public Message? Text { get; }

    private static string RenderOf(Message text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Render(null);
    }
}
