using System.Collections.Immutable;
using AccountabilityKit.Time;

namespace AccountabilityKit.Checklists.Tailoring;

/// <summary>A tailored responsibility checklist (责任清单) of a leadership team or one member, for one year.</summary>
public sealed record ResponsibilityChecklist
{
    /// <summary>Creates a checklist (checked by <see cref="ChecklistValidator"/>, not here).</summary>
    /// <param name="id">The checklist id.</param>
    /// <param name="templateId">The template it tailors.</param>
    /// <param name="year">The year.</param>
    /// <param name="owner">The team or member who owns it.</param>
    /// <param name="items">The items.</param>
    public ResponsibilityChecklist(string id, string templateId, AssessmentYear year, ChecklistOwner owner, IEnumerable<ChecklistItem> items)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(templateId);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(items);
        Id = id;
        TemplateId = templateId;
        Year = year;
        Owner = owner;
        Items = [.. items];
        if (Items.Any(static item => item is null))
        {
            throw new ArgumentException("A checklist item is null.", nameof(items));
        }
    }

    // For persistence (AccountabilityKit.EntityFrameworkCore) only: EF Core binds constructor parameters to mapped
    // properties by name and exact type, and cannot bind the owner (an owned type), which it sets right after.
    private ResponsibilityChecklist(string id, string templateId, AssessmentYear year, ImmutableArray<ChecklistItem> items)
    {
        Id = id;
        TemplateId = templateId;
        Year = year;
        Owner = null!;
        Items = items;
    }

    /// <summary>The checklist id.</summary>
    public string Id { get; }

    /// <summary>The template it tailors.</summary>
    public string TemplateId { get; }

    /// <summary>The year.</summary>
    public AssessmentYear Year { get; }

    /// <summary>The team or member who owns it.</summary>
    public ChecklistOwner Owner { get; }

    /// <summary>The items.</summary>
    public ImmutableArray<ChecklistItem> Items { get; init; }
}
