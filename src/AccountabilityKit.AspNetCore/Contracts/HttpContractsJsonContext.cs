using System.Text.Json.Serialization;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>
/// The source-generated JSON metadata of the response contracts, used through <see cref="HttpContractsJson"/>.
/// Combined with the kit's options so that its converters (quarters,
/// dates, issues, messages) apply; messages and issues render in <c>CultureInfo.CurrentUICulture</c> while writing.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ProblemResponse))]
[JsonSerializable(typeof(CodeLabel))]
[JsonSerializable(typeof(TemplateCheckResponse))]
[JsonSerializable(typeof(IssueResponse))]
[JsonSerializable(typeof(QuarterScoreRequest))]
[JsonSerializable(typeof(QuarterScoreResponse))]
[JsonSerializable(typeof(ChecklistCheckRequest))]
[JsonSerializable(typeof(ChecklistCheckResponse))]
[JsonSerializable(typeof(CaseValidationRequest))]
[JsonSerializable(typeof(CaseValidationResponse))]
internal sealed partial class HttpContractsJsonContext : JsonSerializerContext;
