using System.Text.Json;
using System.Text.Json.Schema;

namespace AccountabilityKit.Accountability.Packs;

/// <summary>The JSON Schema of the regulation-pack format, for systems that produce packs outside .NET.</summary>
public static class RegulationPackSchema
{
    private static readonly Lazy<string> Embedded = new(() =>
    {
        using var stream = typeof(RegulationPackSchema).Assembly.GetManifestResourceStream("AccountabilityKit.Accountability.Packs.regulation-pack.schema.json")
            ?? throw new InvalidOperationException("The embedded schema is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The schema text shipped with the package (<c>Packs/Data/regulation-pack.schema.json</c>).</summary>
    public static string Json => Embedded.Value;

    /// <summary>Generates the schema from the pack format's types (a test keeps the shipped file equal to it).</summary>
    /// <returns>The schema, indented.</returns>
    internal static string Generate()
    {
        var node = JsonSchemaExporter.GetJsonSchemaAsNode(RegulationPackReader.Options, typeof(PackDocument));
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
