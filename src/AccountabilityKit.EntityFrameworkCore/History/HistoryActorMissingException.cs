using AccountabilityKit.Localization;

namespace AccountabilityKit.EntityFrameworkCore.History;

/// <summary>
/// Thrown by <c>SaveChanges</c> when a history entry would be written without knowing who writes it: neither
/// <see cref="HistorySaveExtensions.SaveChangesBy"/> nor <see cref="HistoryOptions.Actor"/> names a person. Nothing is saved.
/// </summary>
public sealed class HistoryActorMissingException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="entityType">The history entity type's name.</param>
    public HistoryActorMissingException(string entityType)
        : this(Describe(entityType), entityType)
    {
    }

    private HistoryActorMissingException(Message text, string entityType)
        : base(text.Render(null))
    {
        Text = text;
        EntityType = entityType;
    }

    /// <summary>The history entity type's name, e.g. <c>ScoreCardVersion</c>.</summary>
    public string EntityType { get; }

    /// <summary>The message (id <c>EntityFrameworkCore.HistoryActorMissing</c>, the entity as argument).</summary>
    public Message Text { get; }

    private static Message Describe(string entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        return Catalog.Of(nameof(Messages.HistoryActorMissing), ("entity", entityType));
    }
}
