using System.Text.Json;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>The body of <c>POST /checklists/check</c>: the templates and the batch of tailored checklists to check against them.</summary>
internal sealed record ChecklistCheckRequest
{
    /// <summary>The templates, each a document in the published <c>ChecklistTemplate</c> format; a checklist is checked against the one with its <c>templateId</c> (or the only one posted).</summary>
    public required IReadOnlyList<JsonElement> Templates { get; init; }

    /// <summary>The checklists, each a document in the published <c>ResponsibilityChecklist</c> format; ids distinct.</summary>
    public required IReadOnlyList<JsonElement> Checklists { get; init; }
}
