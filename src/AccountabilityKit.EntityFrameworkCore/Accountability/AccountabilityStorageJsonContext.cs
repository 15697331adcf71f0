using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.People;
using AccountabilityKit.Serialization;

namespace AccountabilityKit.EntityFrameworkCore.Accountability;

/// <summary>Source-generated JSON metadata of the case parts stored in JSON columns (subjects, modifiers, circumstances, the approval, …).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ImmutableArray<PersonId>))]
[JsonSerializable(typeof(ImmutableArray<Circumstance>))]
[JsonSerializable(typeof(ImmutableArray<AccountableOrganization>))]
[JsonSerializable(typeof(ImmutableArray<AccountableCadre>))]
[JsonSerializable(typeof(ImmutableArray<CaseModifier>))]
[JsonSerializable(typeof(ImmutableArray<RecommendationKind>))]
[JsonSerializable(typeof(Approval))]
internal sealed partial class AccountabilityStorageJsonContext : JsonSerializerContext
{
    private static JsonSerializerOptions? _strict;

    /// <summary>The library's strict options (camelCase, enums as strings) with this context's metadata.</summary>
    /// <remarks>Created on first use: a static initializer could run before the generated <c>Default</c> exists.</remarks>
    public static JsonSerializerOptions Strict => _strict ??= CreateStrict();

    /// <summary>The type information of <typeparamref name="T"/> under <see cref="Strict"/>.</summary>
    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Strict.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateStrict()
    {
        var options = AccountabilityKitJson.CreateOptions(Default);
        options.WriteIndented = false;
        options.MakeReadOnly();
        return options;
    }
}
