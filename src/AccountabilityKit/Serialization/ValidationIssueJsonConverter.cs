using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime.Text;

namespace AccountabilityKit.Serialization;

/// <summary>
/// Writes a <see cref="ValidationIssue"/> as
/// <c>{"code","severity","path","messageId","arguments":[{"name","kind","value"}],"citation","message"}</c>, the message
/// rendered in the current UI culture, and reads it back with its arguments and citation.
/// </summary>
internal sealed class ValidationIssueJsonConverter : JsonConverter<ValidationIssue>
{
    private static readonly JsonNamingPolicy Camel = JsonNamingPolicy.CamelCase;

    public override ValidationIssue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        string? code = null, path = null, id = null, message = null;
        IssueSeverity? severity = null;
        Citation? citation = null;
        var arguments = ImmutableArray<MessageArgument>.Empty;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            if (!seen.Add(name!))
            {
                throw new JsonException($"Duplicate property '{name}'.");
            }

            reader.Read();
            switch (name)
            {
                case "code": code = reader.GetString(); break;
                case "severity": severity = ParseSeverity(reader.GetString()); break;
                case "path": path = reader.GetString(); break;
                case "messageId": id = reader.GetString(); break;
                case "message": message = reader.GetString(); break;
                case "arguments": arguments = ReadArguments(ref reader); break;
                case "citation":
                    citation = reader.TokenType == JsonTokenType.Null ? null : Citation.Parse(reader.GetString()!);
                    break;
                default: throw new JsonException($"The property '{name}' is not part of an issue.");
            }
        }

        if (code is null || severity is null || path is null || id is null)
        {
            throw new JsonException("An issue needs code, severity, path and messageId.");
        }

        return new ValidationIssue(code, severity.Value, path, new Message(id, arguments, message), citation);
    }

    public override void Write(Utf8JsonWriter writer, ValidationIssue value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteString("severity", Camel.ConvertName(value.Severity.ToString()));
        writer.WriteString("path", value.Path);
        writer.WriteString("messageId", value.MessageId);
        writer.WritePropertyName("arguments");
        WriteArguments(writer, value.Arguments);
        if (value.Citation is { } citation)
        {
            writer.WriteString("citation", citation.ToString());
        }
        else
        {
            writer.WriteNull("citation");
        }

        writer.WriteString("message", value.Message);
        writer.WriteEndObject();
    }

    internal static void WriteMessage(Utf8JsonWriter writer, Message message)
    {
        writer.WriteStartObject();
        writer.WriteString("id", message.Id);
        writer.WritePropertyName("arguments");
        WriteArguments(writer, message.Arguments);
        writer.WriteString("message", message.Render());
        writer.WriteEndObject();
    }

    internal static Message ReadMessage(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        string? id = null, text = null;
        var arguments = ImmutableArray<MessageArgument>.Empty;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var property = reader.GetString();
            if (!seen.Add(property!))
            {
                throw new JsonException($"Duplicate property '{property}'.");
            }

            reader.Read();
            switch (property)
            {
                case "id": id = reader.GetString(); break;
                case "arguments": arguments = ReadArguments(ref reader); break;
                case "message": text = reader.GetString(); break;
                default: throw new JsonException($"The property '{property}' is not part of a message.");
            }
        }

        return new Message(id ?? throw new JsonException("A message needs an id."), arguments, text);
    }

    private static void WriteArguments(Utf8JsonWriter writer, ImmutableArray<MessageArgument> arguments)
    {
        writer.WriteStartArray();
        foreach (var argument in arguments)
        {
            writer.WriteStartObject();
            writer.WriteString("name", argument.Name);
            writer.WriteString("kind", Camel.ConvertName(argument.Kind.ToString()));
            writer.WritePropertyName("value");
            switch (argument.Value)
            {
                case string s: writer.WriteStringValue(s); break;
                case long n: writer.WriteNumberValue(n); break;
                case decimal d: writer.WriteNumberValue(d); break;
                case NodaTime.LocalDate date: writer.WriteStringValue(LocalDatePattern.Iso.Format(date)); break;
                case AssessmentQuarter q: writer.WriteStringValue(q.ToString()); break;
                case AssessmentYear y: writer.WriteNumberValue(y.Value); break;
                case Citation c: writer.WriteStringValue(c.ToString()); break;
                case LabelledValue l:
                    writer.WriteStartObject();
                    writer.WriteString("code", l.Code);
                    writer.WriteString("zh-CN", l.Chinese);
                    writer.WriteString("en", l.English);
                    writer.WriteEndObject();
                    break;
                case ImmutableArray<string> list:
                    writer.WriteStartArray();
                    foreach (var item in list)
                    {
                        writer.WriteStringValue(item);
                    }

                    writer.WriteEndArray();
                    break;
                case Message m:
                    WriteMessage(writer, m);
                    break;
                default: writer.WriteNullValue(); break;
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static ImmutableArray<MessageArgument> ReadArguments(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var result = ImmutableArray.CreateBuilder<MessageArgument>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject);
            string? name = null;
            MessageArgumentKind? kind = null;
            MessageArgument? argument = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var property = reader.GetString();
                if (!seen.Add(property!))
                {
                    throw new JsonException($"Duplicate property '{property}'.");
                }

                reader.Read();
                switch (property)
                {
                    case "name": name = reader.GetString(); break;
                    case "kind": kind = ParseKind(reader.GetString()); break;
                    case "value":
                        if (name is null || kind is null)
                        {
                            throw new JsonException("An argument's name and kind come before its value.");
                        }

                        argument = ReadValue(ref reader, name, kind.Value);
                        break;
                    default: throw new JsonException($"The property '{property}' is not part of an argument.");
                }
            }

            result.Add(argument ?? throw new JsonException("An argument needs name, kind and value."));
        }

        return result.ToImmutable();
    }

    private static MessageArgument ReadValue(ref Utf8JsonReader reader, string name, MessageArgumentKind kind)
    {
        switch (kind)
        {
            case MessageArgumentKind.Text: return MessageArgument.Text(name, reader.GetString());
            case MessageArgumentKind.WholeNumber: return MessageArgument.WholeNumber(name, reader.GetInt64());
            case MessageArgumentKind.DecimalNumber: return MessageArgument.DecimalNumber(name, reader.GetDecimal());
            case MessageArgumentKind.Date:
                var date = LocalDatePattern.Iso.Parse(reader.GetString() ?? string.Empty);
                return date.Success ? MessageArgument.Date(name, date.Value) : throw new JsonException("Not an ISO date.");
            case MessageArgumentKind.Quarter: return MessageArgument.Quarter(name, AssessmentQuarter.Parse(reader.GetString()!));
            case MessageArgumentKind.Year: return MessageArgument.Year(name, new AssessmentYear(reader.GetInt32()));
            case MessageArgumentKind.Citation: return MessageArgument.Citation(name, Citation.Parse(reader.GetString()!));
            case MessageArgumentKind.Label:
                Expect(ref reader, JsonTokenType.StartObject);
                string? code = null, zh = null, en = null;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var property = reader.GetString();
                    if (!seen.Add(property!))
                    {
                        throw new JsonException($"Duplicate property '{property}'.");
                    }

                    reader.Read();
                    switch (property)
                    {
                        case "code": code = reader.GetString(); break;
                        case "zh-CN": zh = reader.GetString(); break;
                        case "en": en = reader.GetString(); break;
                        default: throw new JsonException($"The property '{property}' is not part of a label.");
                    }
                }

                return MessageArgument.Label(name, new LabelledValue(code ?? string.Empty, zh ?? string.Empty, en ?? string.Empty));
            case MessageArgumentKind.List:
                Expect(ref reader, JsonTokenType.StartArray);
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(reader.GetString() ?? string.Empty);
                }

                return MessageArgument.List(name, items);
            case MessageArgumentKind.Message:
                return MessageArgument.Nested(name, ReadMessage(ref reader));
            default:
                throw new JsonException("Unknown argument kind.");
        }
    }

    private static IssueSeverity ParseSeverity(string? text) => text switch
    {
        "error" => IssueSeverity.Error,
        "warning" => IssueSeverity.Warning,
        "information" => IssueSeverity.Information,
        _ => throw new JsonException("Unknown severity."),
    };

    private static MessageArgumentKind ParseKind(string? text) =>
        Enum.GetValues<MessageArgumentKind>().FirstOrDefault(k => string.Equals(Camel.ConvertName(k.ToString()), text, StringComparison.Ordinal)) is var kind
        && string.Equals(Camel.ConvertName(kind.ToString()), text, StringComparison.Ordinal)
            ? kind
            : throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"Unknown argument kind '{text}'."));

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Expected {type}.");
        }
    }
}
