using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AccountabilityKit.Statistics.Export;

/// <summary>The JSON document of an export: its tables.</summary>
internal sealed record ExportJsonDocument(List<ExportJsonTable> Tables);

/// <summary>One table: key, labels, typed columns and rows.</summary>
internal sealed record ExportJsonTable(string Key, ExportJsonLabels Labels, List<ExportJsonColumn> Columns, List<ExportJsonRow> Rows);

/// <summary>zh-CN and English labels.</summary>
internal sealed record ExportJsonLabels([property: JsonPropertyName("zh-CN")] string ZhCn, string En);

/// <summary>A column: key, labels and value type (text, integer, decimal).</summary>
internal sealed record ExportJsonColumn(string Key, ExportJsonLabels Labels, string Type);

/// <summary>A row: typed values by column key, and the display labels of the text values that have them.</summary>
internal sealed record ExportJsonRow(Dictionary<string, JsonNode?> Values, Dictionary<string, ExportJsonLabels>? Labels);

/// <summary>Source-generated serialisation of export documents.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ExportJsonDocument))]
internal sealed partial class ExportJsonContext : JsonSerializerContext;
