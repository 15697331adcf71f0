using System.Text.Json.Serialization;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Effects;
using AccountabilityKit.Accountability.FourForms;
using AccountabilityKit.Accountability.Procedure;
using AccountabilityKit.Citations;

namespace AccountabilityKit.Accountability.Packs;

// The JSON shape of a regulation pack (strict DTOs; RegulationPackReader validates their meaning).
#pragma warning disable CA1812 // instantiated by System.Text.Json

internal sealed record PackDocument
{
    public required int FormatVersion { get; init; }

    public required string Id { get; init; }

    public required string RegulationVersion { get; init; }

    public required string Title { get; init; }

    public string? Extends { get; init; }

    public IReadOnlyList<FormDto>? Forms { get; init; }

    public IReadOnlyList<AuthorityDto>? Authorities { get; init; }

    public IReadOnlyList<CircumstanceDto>? Circumstances { get; init; }

    public IReadOnlyList<ModifierDto>? Modifiers { get; init; }

    public IReadOnlyList<TimeLimitDto>? TimeLimits { get; init; }

    public IReadOnlyList<InfluencePeriodDto>? InfluencePeriods { get; init; }

    public IReadOnlyList<FourFormsDto>? FourForms { get; init; }
}

internal abstract record EntryDto
{
    public required string Id { get; init; }

    public string? Citation { get; init; }

    public required VerificationStatus Status { get; init; }

    public string? Note { get; init; }
}

internal sealed record FormDto : EntryDto
{
    public required SubjectKind SubjectKind { get; init; }

    public required AccountabilityForm Form { get; init; }

    public required int Severity { get; init; }

    public required HarmLevel Harm { get; init; }
}

internal sealed record AuthorityDto : EntryDto
{
    public required AccountabilityAuthorityKind AuthorityKind { get; init; }

    public required SubjectKind SubjectKind { get; init; }

    public required AccountabilityForm Form { get; init; }

    public required AuthorityPower Power { get; init; }
}

internal sealed record CircumstanceDto : EntryDto
{
    public required Circumstance Circumstance { get; init; }
}

internal sealed record ModifierDto : EntryDto
{
    public required ModifierKind Kind { get; init; }

    public required ModifierEffect Effect { get; init; }
}

internal sealed record TimeLimitDto : EntryDto
{
    public required ProcedureStep Step { get; init; }

    public required ProcedureStep From { get; init; }

    public required int Months { get; init; }

    public int Days { get; init; }
}

internal sealed record InfluencePeriodDto : EntryDto
{
    public required AccountabilityForm Form { get; init; }

    public OrganizationalAdjustmentKind? Adjustment { get; init; }

    public DisciplinarySanction? Sanction { get; init; }

    public required EffectKind Effect { get; init; }

    public required int Months { get; init; }
}

internal sealed record FourFormsDto : EntryDto
{
    public required DisciplineMeasure Measure { get; init; }

    public required DisciplineForm Form { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PackDocument))]
internal sealed partial class PackJsonContext : JsonSerializerContext;
