using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.EntityFrameworkCore.Conversions;
using AccountabilityKit.People;
using AccountabilityKit.Serialization;

namespace AccountabilityKit.EntityFrameworkCore.Assessment;

/// <summary>Source-generated JSON metadata of the assessment parts stored in JSON columns (finding lists, score lines, vetoes).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IReadOnlyList<PersonId>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<ScoreLine>))]
[JsonSerializable(typeof(VetoOutcome))]
[JsonSerializable(typeof(ScoreCard))]
internal sealed partial class AssessmentStorageJsonContext : JsonSerializerContext
{
    private static JsonSerializerOptions? _strict;

    /// <summary>The library's strict options (camelCase, enums as strings, citations as text) with this context's metadata.</summary>
    /// <remarks>Created on first use: a static initializer could run before the generated <c>Default</c> exists.</remarks>
    public static JsonSerializerOptions Strict => _strict ??= CreateStrict();

    /// <summary>The type information of <typeparamref name="T"/> under <see cref="Strict"/>.</summary>
    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Strict.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateStrict()
    {
        var options = AccountabilityKitJson.CreateOptions(Default, StoredMessageJsonConverter.Resolver);
        options.WriteIndented = false;
        options.MakeReadOnly();
        return options;
    }
}
