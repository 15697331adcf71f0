using System.Text.Json.Serialization;
using AccountabilityKit.Checklists.Templates;

namespace AccountabilityKit.Checklists;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    WriteIndented = true)]
[JsonSerializable(typeof(TemplateDocument))]
internal sealed partial class ChecklistsJsonContext : JsonSerializerContext;
