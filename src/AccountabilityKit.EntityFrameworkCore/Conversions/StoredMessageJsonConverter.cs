using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.Localization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.EntityFrameworkCore.Conversions;

/// <summary>
/// How a <see cref="Message"/> inside a stored aggregate (a score line's or a veto's reason) is written to its JSON
/// column: <c>{"id","arguments","message"}</c>, the vocabulary's message shape, with the text rendered in zh-CN whatever
/// the current UI culture (a stored snapshot, and the hash chained over it, must not depend on who saved it). Read back
/// with its id and typed arguments; a message whose catalogue is not loaded keeps the stored text.
/// </summary>
/// <remarks>
/// The vocabulary's own message converter is internal, so a source-generated context of this package cannot name it;
/// this converter goes through the vocabulary's public <see cref="ValidationIssue"/> JSON, which carries a message the
/// same way, and is offered to the package's contexts by <see cref="Resolver"/>.
/// </remarks>
internal sealed class StoredMessageJsonConverter : JsonConverter<Message>
{
    private const string CarrierCode = "AK000";

    /// <summary>Resolves <see cref="Message"/> with this converter; chain it after a package context.</summary>
    public static IJsonTypeInfoResolver Resolver { get; } = new MessageResolver();

    public override Message Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException(Catalog.Of(nameof(Messages.StoredMessageMalformed)).Render(null));
        }

        string? id = null, text = null;
        JsonElement? arguments = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "id" when property.Value.ValueKind == JsonValueKind.String: id = property.Value.GetString(); break;
                case "message" when property.Value.ValueKind == JsonValueKind.String: text = property.Value.GetString(); break;
                case "arguments" when property.Value.ValueKind == JsonValueKind.Array: arguments = property.Value; break;
                default: throw new JsonException(Catalog.Of(nameof(Messages.StoredMessageMalformed)).Render(null));
            }
        }

        if (id is null)
        {
            throw new JsonException(Catalog.Of(nameof(Messages.StoredMessageMalformed)).Render(null));
        }

        var carrier = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(carrier))
        {
            writer.WriteStartObject();
            writer.WriteString("code", CarrierCode);
            writer.WriteString("severity", "information");
            writer.WriteString("path", "$");
            writer.WriteString("messageId", id);
            writer.WritePropertyName("arguments");
            if (arguments is { } list)
            {
                list.WriteTo(writer);
            }
            else
            {
                writer.WriteStartArray();
                writer.WriteEndArray();
            }

            writer.WriteNull("citation");
            if (text is not null)
            {
                writer.WriteString("message", text);
            }

            writer.WriteEndObject();
        }

        var issue = JsonSerializer.Deserialize(carrier.WrittenSpan, AccountabilityKitJson.TypeInfo<ValidationIssue>())
            ?? throw new JsonException(Catalog.Of(nameof(Messages.StoredMessageMalformed)).Render(null));
        return issue.Text;
    }

    public override void Write(Utf8JsonWriter writer, Message value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        JsonElement carrier;
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            // Nested messages are written with their text in the current UI culture: make it zh-CN for the moment.
            CultureInfo.CurrentUICulture = MessageCatalog.Chinese;
            carrier = JsonSerializer.SerializeToElement(
                new ValidationIssue(CarrierCode, IssueSeverity.Information, "$", value), AccountabilityKitJson.TypeInfo<ValidationIssue>());
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }

        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WritePropertyName("arguments");
        carrier.GetProperty("arguments").WriteTo(writer);
        writer.WriteString("message", value.Render(MessageCatalog.Chinese));
        writer.WriteEndObject();
    }

    private sealed class MessageResolver : IJsonTypeInfoResolver
    {
        private static readonly StoredMessageJsonConverter Converter = new();

        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
            type == typeof(Message) ? JsonMetadataServices.CreateValueInfo<Message>(options, Converter) : null;
    }
}
