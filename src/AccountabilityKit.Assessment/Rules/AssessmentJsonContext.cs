using System.Text.Json;
using System.Text.Json.Serialization;
using AccountabilityKit.Serialization;

namespace AccountabilityKit.Assessment.Rules;

/// <summary>Source-generated JSON metadata of the assessment formats.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    WriteIndented = true)]
[JsonSerializable(typeof(ScoringRuleSetDocument))]
internal sealed partial class AssessmentJsonContext : JsonSerializerContext
{
    private static JsonSerializerOptions? _options;

    /// <summary>The library's strict options with this context's metadata.</summary>
    public static JsonSerializerOptions StrictOptions => _options ??= Freeze(AccountabilityKitJson.CreateOptions(Default));

    private static JsonSerializerOptions Freeze(JsonSerializerOptions options)
    {
        options.MakeReadOnly();
        return options;
    }
}
