using System.Text.Json;
using AccountabilityKit.Citations;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Serialization;

/// <summary>Reads and writes <see cref="AssessmentYear"/> as a JSON number such as <c>2021</c>.</summary>
public sealed class AssessmentYearJsonConverter : System.Text.Json.Serialization.JsonConverter<AssessmentYear>
{
    /// <inheritdoc />
    public override AssessmentYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            // Reported as AK044 (null not allowed), not as a wrong type.
            throw new JsonException("null is not allowed for AssessmentYear.");
        }

        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
        {
            throw new JsonException($"Expected a whole JSON number for the year, found {reader.TokenType}.");
        }

        if (AssessmentYear.Check(value, JsonPaths.Root) is { } issue)
        {
            throw new JsonException(issue.Message, new ValidationFailedException(issue));
        }

        return new AssessmentYear(value);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AssessmentYear value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Value);
    }
}
