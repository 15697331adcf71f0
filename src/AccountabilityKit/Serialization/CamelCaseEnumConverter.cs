using System.Text.Json;
using System.Text.Json.Serialization;

namespace AccountabilityKit.Serialization;

/// <summary>
/// The kit's JSON spelling of an enum: its members as camelCase strings (<c>"admonishment"</c>), read by exact, case-sensitive
/// match on those names only (<c>"Admonishment"</c>, <c>"ADMONISHMENT"</c>, numbers, <c>"1"</c> and flag combinations such as
/// <c>"a, b"</c> are refused), written the same way. Every enum of the kit carries it as
/// <c>[JsonConverter(typeof(CamelCaseEnumConverter&lt;T&gt;))]</c>, so reading and writing need no runtime code generation
/// (trimming- and native-AOT-safe); put it on your own enums to spell them the same way. <see cref="KitEnum"/> applies the same
/// rule to text that is not JSON (CSV cells, command-line values).
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class CamelCaseEnumConverter<TEnum> : JsonConverter<TEnum>, IKitEnumNames
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter: camelCase names, nothing else accepted.</summary>
    public CamelCaseEnumConverter()
    {
    }

    /// <inheritdoc />
    IReadOnlyList<string> IKitEnumNames.Names => KitEnum.Names<TEnum>();

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw new JsonException($"The JSON value null is not allowed for {typeof(TEnum).Name}.");
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected one of the names of {typeof(TEnum).Name} as a string.");
        }

        return KitEnum.TryParse<TEnum>(reader.GetString()!, out var value)
            ? value
            : throw new JsonException($"The value is not one of the names of {typeof(TEnum).Name} (exact camelCase spelling).");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(KitEnum.Name(value));
    }

    /// <inheritdoc />
    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        KitEnum.TryParse<TEnum>(reader.GetString()!, out var value)
            ? value
            : throw new JsonException($"The key is not one of the names of {typeof(TEnum).Name} (exact camelCase spelling).");

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(KitEnum.Name(value));
    }
}

/// <summary>The canonical names of an enum, for the JSON Schema export.</summary>
internal interface IKitEnumNames
{
    /// <summary>The camelCase names, in declaration order.</summary>
    IReadOnlyList<string> Names { get; }
}
