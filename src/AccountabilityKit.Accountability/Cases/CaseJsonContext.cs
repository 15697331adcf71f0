using System.Text.Json.Serialization;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>Source-generated metadata of the case JSON format.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AccountabilityCase))]
internal sealed partial class CaseJsonContext : JsonSerializerContext;
