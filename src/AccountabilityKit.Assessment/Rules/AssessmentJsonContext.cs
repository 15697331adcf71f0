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
    private static JsonSerializerOptions? _writeOptions;

    /// <summary>The library's strict options with this context's metadata.</summary>
    public static JsonSerializerOptions StrictOptions => _options ??= Freeze(AccountabilityKitJson.CreateOptions(Default));

    /// <summary>The same options for writing: absent optional values are left out rather than written as <c>null</c>.</summary>
    public static JsonSerializerOptions WriteOptions => _writeOptions ??= Freeze(WithoutNulls(AccountabilityKitJson.CreateOptions(Default)));

    private static JsonSerializerOptions WithoutNulls(JsonSerializerOptions options)
    {
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        return options;
    }

    private static JsonSerializerOptions Freeze(JsonSerializerOptions options)
    {
        options.MakeReadOnly();
        return options;
    }
}
