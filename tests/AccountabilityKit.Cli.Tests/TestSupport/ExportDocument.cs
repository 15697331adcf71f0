using System.Text.Json;

namespace AccountabilityKit.Cli.Tests.TestSupport;

/// <summary>Reads the tool's <c>--format json</c> output: the library's export document <c>{"tables":[{"key","columns","rows":[{"values","labels"}]}]}</c>.</summary>
internal static class ExportDocument
{
    /// <summary>The table with <paramref name="key"/>.</summary>
    public static JsonElement Table(this JsonDocument document, string key) =>
        document.RootElement.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == key);

    /// <summary>The typed values of every row of the table with <paramref name="key"/>.</summary>
    public static List<JsonElement> Values(this JsonDocument document, string key) =>
        [.. document.Table(key).GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("values"))];

    /// <summary>The zh-CN or English label of a value of a row (an enum's label, a citation's Chinese form).</summary>
    public static string? Label(this JsonElement row, string column, string culture) =>
        row.TryGetProperty("labels", out var labels) && labels.ValueKind == JsonValueKind.Object && labels.TryGetProperty(column, out var l)
            ? l.GetProperty(culture).GetString()
            : null;
}
