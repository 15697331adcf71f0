using System.Text.Json.Serialization;

namespace AccountabilityKit.EntityFrameworkCore.Checklists;

/// <summary>The source-generated JSON context of the checklist area's JSON columns.</summary>
[JsonSourceGenerationOptions(
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(List<AspectData>))]
[JsonSerializable(typeof(List<ChecklistItemData>))]
[JsonSerializable(typeof(List<ReviewTransitionData>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(List<AccountabilityKit.Organization.UnitKind>))]
internal sealed partial class ChecklistsStorageJsonContext : JsonSerializerContext;
