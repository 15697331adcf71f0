using System.Text.Json;
using System.Text.Json.Serialization;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Serialization;

/// <summary>Writes a <see cref="Message"/> as <c>{"id","arguments":[…],"message"}</c> (rendered in the current UI culture) and reads it back.</summary>
internal sealed class MessageJsonConverter : JsonConverter<Message>
{
    public override Message Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ValidationIssueJsonConverter.ReadMessage(ref reader);

    public override void Write(Utf8JsonWriter writer, Message value, JsonSerializerOptions options) =>
        ValidationIssueJsonConverter.WriteMessage(writer, value);
}
