using System.Collections.Immutable;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>The answer of <c>POST /templates/check</c> for a valid template: its summary and any warnings.</summary>
/// <param name="Id">The template's id.</param>
/// <param name="Year">The assessment year.</param>
/// <param name="Version">The template's version.</param>
/// <param name="Title">The title.</param>
/// <param name="UnitKinds">The unit kinds it applies to, as code and label.</param>
/// <param name="Aspects">The number of aspects.</param>
/// <param name="Duties">The number of duties.</param>
/// <param name="MandatoryDuties">The number of mandated duties (规定动作).</param>
/// <param name="FirstFormDuties">The number of first-form duties.</param>
/// <param name="Warnings">The warnings of the check (errors are answered as a 400 problem instead).</param>
public sealed record TemplateCheckResponse(
    string Id,
    int Year,
    int Version,
    string Title,
    ImmutableArray<CodeLabel> UnitKinds,
    int Aspects,
    int Duties,
    int MandatoryDuties,
    int FirstFormDuties,
    ImmutableArray<IssueResponse> Warnings);
