using System.Text.Json;
using System.Text.Json.Serialization;

namespace AccountabilityKit.Serialization;

/// <summary>
/// The kit's JSON spelling of an enum: its members as camelCase strings (<c>"admonishment"</c>), numbers refused.
/// Every enum of the kit carries it as <c>[JsonConverter(typeof(CamelCaseEnumConverter&lt;T&gt;))]</c>, so reading and writing
/// need no runtime code generation (trimming- and native-AOT-safe); put it on your own enums to spell them the same way.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter: camelCase names, integer values refused.</summary>
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
