using System.Text.Json.Serialization;
using AccountabilityKit.Citations;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;

namespace AccountabilityKit.Tests.Serialization;

/// <summary>A document of the kind a consuming package defines: vocabulary values as properties.</summary>
internal sealed record QuarterlyEntry(OrgUnitId Unit, AssessmentQuarter Quarter, AssessmentYear Year, Citation Basis, string? Note = null);

/// <summary>A document with lists and dictionaries at several depths, for the strict-reading walk.</summary>
internal sealed record NestedDocument(
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyDictionary<string, QuarterlyEntry> ByName,
    IReadOnlyList<int?> Counts,
    IReadOnlyList<OrgUnit>? Units = null);

/// <summary>A document holding arbitrary nested JSON, to test the depth limit on the reader itself.</summary>
internal sealed record JsonElementHolder(System.Text.Json.JsonElement Value);

/// <summary>A consumer's own source-generated context, passed to <c>AccountabilityKitJson.CreateOptions</c>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(QuarterlyEntry))]
[JsonSerializable(typeof(IReadOnlyList<QuarterlyEntry>))]
[JsonSerializable(typeof(NestedDocument))]
[JsonSerializable(typeof(JsonElementHolder))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
