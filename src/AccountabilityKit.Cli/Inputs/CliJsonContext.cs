using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.Organization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Cli.Inputs;

/// <summary>Source-generated JSON metadata of the tool's own file formats (read and written with the vocabulary's strict options).</summary>
[JsonSerializable(typeof(FindingsDocument))]
[JsonSerializable(typeof(List<AccountabilityFact>))]
[JsonSerializable(typeof(List<OrgUnit>))]
[JsonSerializable(typeof(FindingRecord))]
[JsonSerializable(typeof(AccountabilityFact))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    // Lazy: a static field initializer could run before the generated Default instance exists.
    private static readonly Lazy<JsonSerializerOptions> StrictOptions = new(CreateStrict);

    /// <summary>The strict options (camelCase, enums as strings, NodaTime ISO, unknown properties rejected) with this context.</summary>
    public static JsonSerializerOptions Strict => StrictOptions.Value;

    /// <summary>Type metadata under <see cref="Strict"/>.</summary>
    public static JsonTypeInfo<T> InfoOf<T>() => (JsonTypeInfo<T>)Strict.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateStrict()
    {
        var options = AccountabilityKitJson.CreateOptions(Default);
        options.WriteIndented = true;
        options.MakeReadOnly();
        return options;
    }
}
