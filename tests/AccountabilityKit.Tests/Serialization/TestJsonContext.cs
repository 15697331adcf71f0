using System.Text.Json.Serialization;
using AccountabilityKit.Citations;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;

namespace AccountabilityKit.Tests.Serialization;

/// <summary>A document of the kind a consuming package defines: vocabulary values as properties.</summary>
internal sealed record QuarterlyEntry(OrgUnitId Unit, AssessmentQuarter Quarter, AssessmentYear Year, Citation Basis, string? Note = null);

/// <summary>A consumer's own source-generated context, passed to <c>AccountabilityKitJson.CreateOptions</c>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(QuarterlyEntry))]
[JsonSerializable(typeof(IReadOnlyList<QuarterlyEntry>))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
