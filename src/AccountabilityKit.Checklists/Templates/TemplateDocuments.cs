using System.Text.Json.Serialization;
using AccountabilityKit.Organization;

namespace AccountabilityKit.Checklists.Templates;

// The JSON format of a template: strict DTOs, validated by TemplateDocumentValidator before a ChecklistTemplate is built.
// Roles, frequencies and lineage kinds are strings here so that every unknown value is reported at once (CL008…CL010)
// rather than stopping at the first one.

/// <summary>A template document (JSON).</summary>
internal sealed record TemplateDocument
{
    public required string Id { get; init; }

    public required int Year { get; init; }

    public required int Version { get; init; }

    public required string Title { get; init; }

    public required IReadOnlyList<UnitKind> UnitKinds { get; init; }

    public string? PreviousTemplateId { get; init; }

    public IReadOnlyList<string>? WithdrawnDutyCodes { get; init; }

    public required IReadOnlyList<AspectDocument> Aspects { get; init; }
}

/// <summary>An aspect (JSON).</summary>
internal sealed record AspectDocument
{
    public required string Code { get; init; }

    public required string Title { get; init; }

    public int? Order { get; init; }

    public required IReadOnlyList<DutyDocument> Duties { get; init; }
}

/// <summary>A duty (JSON).</summary>
internal sealed record DutyDocument
{
    public required string Code { get; init; }

    public required string Text { get; init; }

    public required bool IsMandatory { get; init; }

    public required IReadOnlyList<string> Roles { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Tags { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Frequency { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SuggestedMilestone { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LineageDocument? Lineage { get; init; }
}

/// <summary>A duty's lineage (JSON).</summary>
internal sealed record LineageDocument
{
    public required string Kind { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PreviousCode { get; init; }
}
