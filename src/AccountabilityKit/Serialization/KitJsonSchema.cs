using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

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
        if (context.TypeInfo.Kind == JsonTypeInfoKind.Enumerable && context.TypeInfo.ElementType is { } elementType
            && node is JsonObject list && !list.ContainsKey("items")
            && context.TypeInfo.Options.GetTypeInfo(elementType).Converter is IKitEnumNames elementNames)
        {
            // The exporter leaves out "items" when the element's own schema is "anything" (a custom converter).
            list["items"] = new JsonObject { ["enum"] = Values(elementNames, nullable: false) };
            return list;
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && node is JsonObject owner && owner["properties"] is JsonObject properties)
        {
            // A property with a default value loses a transformed enum list when the exporter adds "default": add it here.
            foreach (var property in context.TypeInfo.Properties)
            {
                if (properties[property.Name] is JsonObject schemaOf && !schemaOf.ContainsKey("enum")
                    && (property.CustomConverter ?? Underlying(context.TypeInfo.Options, property.PropertyType).Converter) is IKitEnumNames propertyNames)
                {
                    schemaOf.Insert(0, "enum", Values(propertyNames, Nullable.GetUnderlyingType(property.PropertyType) is not null));
                }
            }

            return owner;
        }

        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        var converter = context.PropertyInfo?.CustomConverter
            ?? (underlying is null ? context.TypeInfo.Converter : context.TypeInfo.Options.GetTypeInfo(underlying).Converter);
        if (converter is not IKitEnumNames names)
        {
            return node;
        }

        var values = Values(names, nullable: underlying is not null);
        var schema = node as JsonObject ?? [];
        if (!schema.ContainsKey("enum"))
        {
            schema.Insert(0, "enum", values);
        }

        return schema;
    }

    private static JsonTypeInfo Underlying(System.Text.Json.JsonSerializerOptions options, Type type) =>
        options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);

    private static JsonArray Values(IKitEnumNames names, bool nullable)
    {
        var values = new JsonArray([.. names.Names.Select(static n => (JsonNode?)JsonValue.Create(n))]);
        if (nullable)
        {
            values.Add(null);
        }

        return values;
    }
}
