using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.Serialization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Checklists.Templates;

/// <summary>
/// Reads and writes templates in their JSON format, and publishes its JSON Schema. Reading reports every semantic
/// problem at once with its JSON path (duplicate codes, empty texts, aspects without duties, unknown roles, wrong year);
/// shape errors (unknown or missing properties, wrong types) come first as <c>AK040</c>–<c>AK044</c>.
/// </summary>
public static class ChecklistTemplateJson
{
    private const string SchemaResource = "AccountabilityKit.Checklists.checklist-template.schema.json";

    private static readonly Lazy<JsonSerializerOptions> LazyOptions = new(static () =>
    {
        var options = AccountabilityKitJson.CreateOptions(ChecklistsJsonContext.Default);
        options.MakeReadOnly();
        return options;
    });

    internal static JsonSerializerOptions Options => LazyOptions.Value;

    private static JsonTypeInfo<TemplateDocument> DocumentInfo => (JsonTypeInfo<TemplateDocument>)Options.GetTypeInfo(typeof(TemplateDocument));

    /// <summary>Reads a template, or throws with every problem found.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="expectedYear">When given, a template of another year is rejected (<c>CL002</c>).</param>
    /// <exception cref="ValidationFailedException">The text is not a valid template.</exception>
    public static ChecklistTemplate Load(string json, AssessmentYear? expectedYear = null) =>
        TryLoad(json, out var template, out var report, expectedYear) ? template : throw new ValidationFailedException(report);

    /// <summary>Reads a template without throwing for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="template">The template, when valid; never a half-built one.</param>
    /// <param name="report">Every problem found (empty when valid).</param>
    /// <param name="expectedYear">When given, a template of another year is rejected (<c>CL002</c>).</param>
    /// <returns>True when <paramref name="template"/> was read.</returns>
    public static bool TryLoad(string json, [NotNullWhen(true)] out ChecklistTemplate? template, out ValidationReport report, AssessmentYear? expectedYear = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        template = null;
        if (!AccountabilityKitJson.TryRead(json, DocumentInfo, out var document, out report))
        {
            return false;
        }

        report = TemplateDocumentValidator.Validate(document, expectedYear);
        if (!report.IsValid)
        {
            return false;
        }

        template = TemplateDocumentValidator.Build(document);
        return true;
    }

    /// <summary>Writes a template as indented JSON; <see cref="Load(string, AssessmentYear?)"/> reads it back.</summary>
    /// <param name="template">The template.</param>
    public static string Save(ChecklistTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return AccountabilityKitJson.Write(TemplateDocumentValidator.ToDocument(template), DocumentInfo);
    }

    /// <summary>The published JSON Schema of the template format (the file shipped in the package).</summary>
    public static string Schema => ReadResource(SchemaResource);

    /// <summary>Generates the JSON Schema from the format's types with System.Text.Json's schema exporter.</summary>
    public static string GenerateSchema()
    {
        var node = JsonSchemaExporter.GetJsonSchemaAsNode(Options, typeof(TemplateDocument), new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
        node["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        node["title"] = "AccountabilityKit checklist template (对照清单)";
        return node.ToJsonString(Options) + "\n";
    }

    internal static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
