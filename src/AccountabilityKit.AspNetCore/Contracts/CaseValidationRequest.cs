using System.Text.Json;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>
/// The body of <c>POST /accountability/cases/validate</c>: one case in the published <c>AccountabilityCase</c> format
/// and, optionally, the regulation pack to judge it by in the published <c>RegulationPack</c> format (both verbatim).
/// Without a pack the shipped pack of the case's regulation version is used (else the one in force on its decision or
/// start date), as <c>AccountabilityRules.Validate(case)</c> does in process.
/// </summary>
public sealed record CaseValidationRequest
{
    /// <summary>The case document (required).</summary>
    public JsonElement Case { get; init; }

    /// <summary>The regulation pack document, or absent for the shipped default.</summary>
    public JsonElement Pack { get; init; }
}
