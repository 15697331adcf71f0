using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AccountabilityKit.EntityFrameworkCore.Conversions;

/// <summary>
/// Stores a value object (typically an <see cref="ImmutableArray{T}"/> of records) in one text column as JSON written
/// by a source-generated <see cref="JsonTypeInfo{T}"/>, with a comparer so change tracking sees a changed list.
/// Used for parts of an aggregate that are read with it and never queried on their own.
/// </summary>
internal static class JsonColumn
{
    /// <summary>Maps the property as a JSON text column.</summary>
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property, JsonTypeInfo<T> typeInfo)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(typeInfo);
        var converter = new ValueConverter<T, string>(
            v => JsonSerializer.Serialize(v, typeInfo),
            v => JsonSerializer.Deserialize(v, typeInfo)!);
        var comparer = new ValueComparer<T>(
            (a, b) => JsonSerializer.Serialize(a!, typeInfo) == JsonSerializer.Serialize(b!, typeInfo),
            v => JsonSerializer.Serialize(v, typeInfo).GetHashCode(StringComparison.Ordinal),
            v => v);
        property.HasConversion(converter, comparer);
        return property;
    }
}
