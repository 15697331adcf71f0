using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace AccountabilityKit.Serialization;

/// <summary>
/// The schema-export logic shared by every document format of the kit (opened to the domain packages with InternalsVisibleTo):
/// an enum read by <see cref="CamelCaseEnumConverter{TEnum}"/> is described by the list of its canonical names
/// (plus <c>null</c> when nullable), which the exporter cannot see through a custom converter.
/// </summary>
internal static class KitJsonSchema
{
    /// <summary>A <see cref="JsonSchemaExporterOptions.TransformSchemaNode"/> step: adds the enum list where the converter is the kit's.</summary>
    public static JsonNode Describe(JsonSchemaExporterContext context, JsonNode node)
    {
        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        var converter = underlying is null ? context.TypeInfo.Converter : context.TypeInfo.Options.GetTypeInfo(underlying).Converter;
        if (converter is not IKitEnumNames names)
        {
            return node;
        }

        var values = new JsonArray([.. names.Names.Select(static n => (JsonNode?)JsonValue.Create(n))]);
        if (underlying is not null)
        {
            values.Add(null);
        }

        var schema = node as JsonObject ?? [];
        if (!schema.ContainsKey("enum"))
        {
            schema.Insert(0, "enum", values);
        }

        return schema;
    }
}
