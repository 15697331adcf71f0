using System.Text.Json.Serialization;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;

namespace AccountabilityKit.Checklists;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    WriteIndented = true)]
[JsonSerializable(typeof(TemplateDocument))]
[JsonSerializable(typeof(ChecklistDocument))]
internal sealed partial class ChecklistsJsonContext : JsonSerializerContext;
