using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.Serialization;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>
/// JSON of the response contracts (this namespace), as the endpoints write it: the kit's options
/// (<c>AccountabilityKitJson.CreateOptions</c>) with the contracts' source-generated metadata. Reuse it for the same
/// output elsewhere (<c>akit --format json</c>).
/// </summary>
public static class HttpContractsJson
{
    /// <summary>The options (read-only): camelCase, numbers as numbers, enums as <see cref="CodeLabel"/> objects, unindented.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>The metadata of a contract type.</summary>
    /// <typeparam name="T">A contract type of this namespace.</typeparam>
    /// <returns>Its type info in <see cref="Options"/>.</returns>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    /// <summary>Writes <paramref name="value"/> as UTF-8 JSON.</summary>
    /// <typeparam name="T">A contract type of this namespace.</typeparam>
    /// <param name="value">The contract.</param>
    /// <param name="culture">The language of any text rendered while writing (the contracts carry their labels already).</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] SerializeToUtf8Bytes<T>(T value, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static JsonSerializerOptions Create()
    {
        var options = AccountabilityKitJson.CreateOptions(HttpContractsJsonContext.Default);
        options.WriteIndented = false;
        options.MakeReadOnly();
        return options;
    }
}
