using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.Serialization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Checklists.Templates;

/// <summary>
/// The template document format (对照清单): <c>Load</c> / <c>TryLoad</c> / <c>Save</c> and its JSON <see cref="Schema"/>, the shape
/// every document format of the kit has. A loaded template is validated, then constructed. Reading reports every semantic
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
    /// <returns>The template.</returns>
    /// <exception cref="ValidationFailedException">The text is not a valid template; its report lists every problem.</exception>
    public static ChecklistTemplate Load(string json) =>
        TryLoad(json, out var template, out var report) ? template : throw new ValidationFailedException(report);

    /// <summary>Reads a template of an expected year, or throws with every problem found.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="expectedYear">A template of another year is rejected (<c>CL002</c>).</param>
    /// <returns>The template.</returns>
    /// <exception cref="ValidationFailedException">The text is not a valid template of that year.</exception>
    public static ChecklistTemplate Load(string json, AssessmentYear expectedYear) =>
        TryLoad(json, out var template, out var report, expectedYear) ? template : throw new ValidationFailedException(report);

    /// <summary>Reads a template from a UTF-8 stream (read to its end), or throws with every problem found.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ValidationFailedException">The stream does not hold a valid template (invalid UTF-8 is refused).</exception>
    public static ChecklistTemplate Load(Stream utf8Json) =>
        Load(utf8Json, null);

    /// <summary>Reads a template within <paramref name="limits"/>, or throws with every problem found.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ValidationFailedException">The text is not a valid template within the limits.</exception>
    public static ChecklistTemplate Load(string json, DocumentLimits? limits) =>
        TryLoad(json, limits, out var template, out var report) ? template : throw new ValidationFailedException(report);

    /// <summary>Reads a template from a UTF-8 stream within <paramref name="limits"/> (the size is checked while reading), or throws with every problem found.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ValidationFailedException">The stream does not hold a valid template within the limits.</exception>
    public static ChecklistTemplate Load(Stream utf8Json, DocumentLimits? limits) =>
        TryLoad(utf8Json, limits, out var template, out var report) ? template : throw new ValidationFailedException(report);

    /// <summary>Reads a template within <paramref name="limits"/> without throwing for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <param name="template">The template, when valid; never a half-built one.</param>
    /// <param name="report">Every problem found (empty when valid).</param>
    /// <returns>True when <paramref name="template"/> was read.</returns>
    public static bool TryLoad(string json, DocumentLimits? limits, [NotNullWhen(true)] out ChecklistTemplate? template, out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(json);
        template = null;
        return AccountabilityKitJson.TryEncode(json, limits ?? DocumentLimits.Default, out var bytes, out report)
            && TryLoadUtf8(bytes, out template, out report, null, limits);
    }

    /// <summary>Reads a template from a UTF-8 stream within <paramref name="limits"/> without throwing for bad input.</summary>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="limits">The size and depth limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <param name="template">The template, when valid; never a half-built one.</param>
    /// <param name="report">Every problem found (empty when valid).</param>
    /// <returns>True when <paramref name="template"/> was read.</returns>
    public static bool TryLoad(Stream utf8Json, DocumentLimits? limits, [NotNullWhen(true)] out ChecklistTemplate? template, out ValidationReport report)
    {
        template = null;
        return DocumentStreams.TryReadAll(utf8Json, limits, out var bytes, out report)
            && TryLoadUtf8(bytes.Span, out template, out report, null, limits);
    }

    /// <summary>Reads a template without throwing for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="template">The template, when valid; never a half-built one.</param>
    /// <param name="report">Every problem found (empty when valid).</param>
    /// <returns>True when <paramref name="template"/> was read.</returns>
    public static bool TryLoad(string json, [NotNullWhen(true)] out ChecklistTemplate? template, out ValidationReport report) =>
        TryLoad(json, null, out template, out report);

    /// <summary>Reads a template of an expected year without throwing for bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="template">The template, when valid; never a half-built one.</param>
    /// <param name="report">Every problem found (empty when valid).</param>
    /// <param name="expectedYear">A template of another year is rejected (<c>CL002</c>).</param>
    /// <returns>True when <paramref name="template"/> was read.</returns>
    public static bool TryLoad(string json, [NotNullWhen(true)] out ChecklistTemplate? template, out ValidationReport report, AssessmentYear expectedYear)
    {
        ArgumentNullException.ThrowIfNull(json);
        template = null;
        return AccountabilityKitJson.TryEncode(json, DocumentLimits.Default, out var bytes, out report)
            && TryLoadUtf8(bytes, out template, out report, expectedYear, null);
    }

    /// <summary>Writes a template as indented JSON; <see cref="Load(string)"/> reads it back.</summary>
    /// <param name="template">The template.</param>
    /// <returns>The JSON text.</returns>
    public static string Save(ChecklistTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return AccountabilityKitJson.Write(TemplateDocumentValidator.ToDocument(template), DocumentInfo);
    }

    /// <summary>Writes a template as indented JSON (UTF-8, no BOM) to a stream.</summary>
    /// <param name="template">The template.</param>
    /// <param name="utf8Json">The stream.</param>
    public static void Save(ChecklistTemplate template, Stream utf8Json) => DocumentStreams.Write(Save(template), utf8Json);

    /// <summary>The published JSON Schema of the template format (the file shipped in the package).</summary>
    public static string Schema => ReadResource(SchemaResource);

    /// <summary>Generates the JSON Schema from the format's types with System.Text.Json's schema exporter.</summary>
    internal static string GenerateSchema()
    {
        var node = JsonSchemaExporter.GetJsonSchemaAsNode(Options, typeof(TemplateDocument), new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = KitJsonSchema.Describe });
        node["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        node["title"] = "AccountabilityKit checklist template (对照清单)";
        return node.ToJsonString(Options) + "\n";
    }

    private static bool TryLoadUtf8(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out ChecklistTemplate? template, out ValidationReport report, AssessmentYear? expectedYear, DocumentLimits? limits)
    {
        template = null;
        if (!AccountabilityKitJson.TryRead(utf8Json, DocumentInfo, limits, out var document, out report))
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

    internal static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
