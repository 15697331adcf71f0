using System.Text.Json;
using System.Text.Json.Serialization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Serialization;

/// <summary>
/// Base of the converters for values written as JSON strings (ids, quarters, citations). Bad text becomes a
/// <see cref="JsonException"/> whose inner <see cref="ValidationFailedException"/> keeps the issue code, so that
/// <see cref="AccountabilityKitJson"/> reports it with the JSON path.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public abstract class TextValueJsonConverter<T> : JsonConverter<T>
{
    /// <summary>Parses the text; throws <see cref="ValidationFailedException"/> when it is invalid.</summary>
    /// <param name="text">The JSON string's content.</param>
    protected abstract T Parse(string text);

    /// <summary>Formats the value as text.</summary>
    /// <param name="value">The value.</param>
    protected abstract string Format(T value);

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            // Reported as AK044 (null not allowed), not as a wrong type.
            throw new JsonException($"null is not allowed for {typeof(T).Name}.");
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a JSON string for {typeof(T).Name}, found {reader.TokenType}.");
        }

        return ParseOrThrow(reader.GetString()!);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    /// <inheritdoc />
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ParseOrThrow(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Format(value));
    }

    private T ParseOrThrow(string text)
    {
        try
        {
            return Parse(text);
        }
        catch (ValidationFailedException e)
        {
            throw new JsonException(e.Report.Issues[0].Message, e);
        }
    }
}
