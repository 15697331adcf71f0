using System.Text.Json.Nodes;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace AccountabilityKit.AspNetCore.OpenApi;

/// <summary>
/// The kit's additions to the host's OpenAPI document (<c>builder.Services.AddOpenApi(o =&gt; o.AddAccountabilityKit())</c>):
/// the document's title and version, no <c>servers</c> entry taken from the request (so the document is the same
/// wherever it is served and can be committed), and the published JSON Schemas of the kit's documents as components
/// (<c>ChecklistTemplate</c>, <c>ResponsibilityChecklist</c>, <c>ScoringRuleSet</c>, <c>AccountabilityCase</c>,
/// <c>RegulationPack</c>) that the request bodies carrying those documents refer to.
/// </summary>
public static class AccountabilityKitOpenApiExtensions
{
    /// <summary>The title of the document.</summary>
    public const string Title = "AccountabilityKit";

    /// <summary>The version of the HTTP contract (the route prefix is <c>/akit/v1</c>).</summary>
    public const string ContractVersion = "v1";

    /// <summary>The published documents, by component name, with their JSON Schema.</summary>
    internal static IReadOnlyList<(string Name, Func<string> Schema)> PublishedDocuments { get; } =
    [
        (PublishedDocumentNames.ChecklistTemplate, () => ChecklistTemplateJson.Schema),
        (PublishedDocumentNames.ResponsibilityChecklist, () => ResponsibilityChecklistJson.Schema),
        (PublishedDocumentNames.ScoringRuleSet, () => ScoringRuleSetJson.Schema),
        (PublishedDocumentNames.AccountabilityCase, () => AccountabilityCaseJson.Schema),
        (PublishedDocumentNames.RegulationPack, () => RegulationPackJson.Schema),
    ];

    /// <summary>Adds the kit's document, operation and schema transformers.</summary>
    /// <param name="options">The host's OpenAPI options.</param>
    /// <returns>The same options.</returns>
    public static OpenApiOptions AddAccountabilityKit(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddSchemaTransformer((schema, context, _) =>
        {
            // A JsonElement property marked [PublishedDocument]: the published schema (an array of them for a list).
            var format = context.JsonPropertyInfo?.AttributeProvider?
                .GetCustomAttributes(typeof(PublishedDocumentAttribute), inherit: true)
                .OfType<PublishedDocumentAttribute>()
                .FirstOrDefault()?.Format;
            if (format is not null && context.Document is { } document)
            {
                var reference = new OpenApiSchemaReference(format, document);
                if (schema.Type is { } type && type.HasFlag(JsonSchemaType.Array))
                {
                    schema.Items = reference;
                }
                else
                {
                    schema.AllOf = [reference];
                }
            }

            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var format = context.Description.ActionDescriptor.EndpointMetadata.OfType<PublishedDocumentAttribute>().FirstOrDefault()?.Format;
            if (format is not null && context.Document is { } document && operation.RequestBody?.Content is { } content)
            {
                foreach (var media in content.Values)
                {
                    media.Schema = new OpenApiSchemaReference(format, document);
                }
            }

            return Task.CompletedTask;
        });
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info ??= new OpenApiInfo();
            document.Info.Title = Title;
            document.Info.Version = ContractVersion;
            document.Servers = [];
            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
            foreach (var (name, schema) in PublishedDocuments)
            {
                document.Components.Schemas[name] = Parse(schema(), document);
            }

            return Task.CompletedTask;
        });
        return options;
    }

    private static OpenApiSchema Parse(string jsonSchema, OpenApiDocument document)
    {
        var node = JsonNode.Parse(jsonSchema)!.AsObject();
        node.Remove("$schema");
        node.Remove("$id");
        ReplaceBooleanSchemas(node);
        var schema = OpenApiModelFactory.Parse<OpenApiSchema>(node.ToJsonString(), OpenApiSpecVersion.OpenApi3_1, document, out _, OpenApiConstants.Json);
        return schema ?? new OpenApiSchema();
    }

    /// <summary>
    /// Writes the boolean schemas of property and item positions (<c>"due": true</c>, what the exporter gives a value
    /// with a custom converter) as the equivalent objects (<c>{}</c>, <c>{"not": {}}</c>), which the OpenAPI model reads.
    /// </summary>
    private static void ReplaceBooleanSchemas(JsonObject schema)
    {
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var name in properties.Select(p => p.Key).ToList())
            {
                properties[name] = Normalised(properties[name]);
            }
        }

        if (schema.ContainsKey("items"))
        {
            schema["items"] = Normalised(schema["items"]);
        }

        foreach (var keyword in new[] { "anyOf", "oneOf", "allOf" })
        {
            if (schema[keyword] is JsonArray list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    list[i] = Normalised(list[i]);
                }
            }
        }
    }

    private static JsonObject Normalised(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject nested:
                var copy = nested.DeepClone().AsObject();
                ReplaceBooleanSchemas(copy);
                return copy;
            case JsonValue value when value.TryGetValue<bool>(out var allowed):
                return allowed ? new JsonObject() : new JsonObject { ["not"] = new JsonObject() };
            default:
                return new JsonObject();
        }
    }
}
