using System.Text.Json.Serialization;
using AccountabilityKit.Citations;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Serialization;

/// <summary>
/// The source-generated System.Text.Json context of the vocabulary types. Use it through
/// <see cref="AccountabilityKitJson.Options"/>, which adds the NodaTime converters and the strict settings;
/// other packages pass their own contexts to <see cref="AccountabilityKitJson.CreateOptions"/>, which adds this one.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    WriteIndented = true)]
[JsonSerializable(typeof(OrgUnit))]
[JsonSerializable(typeof(IReadOnlyList<OrgUnit>))]
[JsonSerializable(typeof(Cadre))]
[JsonSerializable(typeof(IReadOnlyList<Cadre>))]
[JsonSerializable(typeof(AssessmentQuarter))]
[JsonSerializable(typeof(AssessmentYear))]
[JsonSerializable(typeof(Citation))]
[JsonSerializable(typeof(IReadOnlyList<Citation>))]
[JsonSerializable(typeof(Regulation))]
[JsonSerializable(typeof(ValidationIssue))]
[JsonSerializable(typeof(ValidationReport))]
internal sealed partial class AccountabilityKitJsonContext : JsonSerializerContext;
