using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using AccountabilityKit.AspNetCore.Http;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;
using Microsoft.AspNetCore.Http;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>
/// Stored aggregates that have a published document format (checklist, accountability case) are read and answered in
/// that format, by the package that owns it: a body is read within the configured limits by the format's <c>TryLoad</c>
/// (every issue with its path, 400), and an answer is the format's <c>Save</c>.
/// </summary>
internal static class StoredDocuments
{
    /// <summary>A package's stream loader: <c>ResponsibilityChecklistJson.TryLoad</c>, <c>AccountabilityCaseJson.TryLoad</c>.</summary>
    public delegate bool StreamLoader<T>(Stream utf8Json, DocumentLimits? limits, [NotNullWhen(true)] out T? value, out ValidationReport report);

    /// <summary>The document in the request body, or <see cref="ValidationFailedException"/> with every issue.</summary>
    public static async Task<T> ReadAsync<T>(HttpContext http, StreamLoader<T> load)
        where T : class
    {
        var bytes = await HttpBody.ReadAsync(http).ConfigureAwait(false);
        using var stream = new MemoryStream(bytes, writable: false);
        return load(stream, HttpBody.LimitsOf(http), out var value, out var report)
            ? value
            : throw new ValidationFailedException(report);
    }

    /// <summary>The document as the answer's body.</summary>
    public static IResult Answer(string json, int status = StatusCodes.Status200OK) =>
        Results.Text(json, "application/json; charset=utf-8", Encoding.UTF8, status);

    /// <summary>The document as an item of a list.</summary>
    public static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>The <c>Location</c> of a record created by a POST to the collection.</summary>
    public static string LocationOf(HttpContext http, string id) =>
        $"{http.Request.PathBase}{http.Request.Path.Value?.TrimEnd('/')}/{Uri.EscapeDataString(id)}";
}
