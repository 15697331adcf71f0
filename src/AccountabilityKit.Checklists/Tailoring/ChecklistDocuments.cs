using System.Text.Json.Serialization;
using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.Checklists.Tailoring;

// The JSON format of a tailored checklist: strict DTOs; ids are strings here so that every bad id is reported with its path.

/// <summary>A checklist document (JSON).</summary>
internal sealed record ChecklistDocument
{
    public required string Id { get; init; }

    public required string TemplateId { get; init; }

    public required int Year { get; init; }

    public required OwnerDocument Owner { get; init; }

    public required IReadOnlyList<ItemDocument> Items { get; init; }
}

/// <summary>A checklist owner (JSON).</summary>
internal sealed record OwnerDocument
{
    public required string Unit { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Person { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CadreRole? Role { get; init; }
}

/// <summary>A checklist item (JSON).</summary>
internal sealed record ItemDocument
{
    public required string Id { get; init; }

    public required IReadOnlyList<string> DutyCodes { get; init; }

    public required string Content { get; init; }

    public required string Measures { get; init; }

    public required IReadOnlyList<MilestoneDocument> Milestones { get; init; }

    public required string CompletionStandard { get; init; }
}

/// <summary>A milestone (JSON).</summary>
internal sealed record MilestoneDocument
{
    public required LocalDate Due { get; init; }

    public required string Deliverable { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? CompletedOn { get; init; }
}
