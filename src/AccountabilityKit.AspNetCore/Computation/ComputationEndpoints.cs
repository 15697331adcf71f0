using System.Collections.Immutable;
using AccountabilityKit.AspNetCore.Contracts;
using AccountabilityKit.AspNetCore.Http;
using AccountabilityKit.AspNetCore.OpenApi;
using AccountabilityKit.AspNetCore.Problems;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AccountabilityKit.AspNetCore.Computation;

/// <summary>The stateless computation endpoints (owned by the computation part of the package).</summary>
internal static class ComputationEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/templates/check", (Func<HttpContext, Task<IResult>>)CheckTemplateAsync)
            .WithName("CheckTemplate")
            .WithTags("Checklists")
            .WithSummary("Check a yearly checklist template")
            .WithDescription("Reads the posted template in the published ChecklistTemplate format (strict JSON) and validates it; a valid one is summarised with its warnings, an invalid one is a 400 problem listing every issue.")
            .Accepts<System.Text.Json.JsonElement>("application/json")
            .WithMetadata(new PublishedDocumentAttribute(PublishedDocumentNames.ChecklistTemplate))
            .Produces<TemplateCheckResponse>()
            .Produces<ProblemResponse>(StatusCodes.Status400BadRequest, KitProblems.ContentType)
            .Produces<ProblemResponse>(StatusCodes.Status413PayloadTooLarge, KitProblems.ContentType);
        AssessmentEndpoints.Map(group);
        ChecklistEndpoints.Map(group);
        AccountabilityEndpoints.Map(group);
    }

    private static async Task<IResult> CheckTemplateAsync(HttpContext context)
    {
        var bytes = await HttpBody.ReadAsync(context).ConfigureAwait(false);
        using var stream = new MemoryStream(bytes, writable: false);
        if (!ChecklistTemplateJson.TryLoad(stream, HttpBody.LimitsOf(context), out var template, out var report))
        {
            throw new ValidationFailedException(report);
        }

        var culture = KitProblems.CultureOf(context);
        return new KitJsonResult<TemplateCheckResponse>(new TemplateCheckResponse(
            template.Id,
            template.Year.Value,
            template.Version,
            template.Title,
            [.. template.UnitKinds.Select(k => CodeLabel.Of(k, culture))],
            template.Aspects.Length,
            template.Duties.Length,
            template.Duties.Count(d => d.IsMandatory),
            template.Duties.Count(d => d.IsFirstForm),
            IssueResponse.FromAll(report.Warnings, culture)));
    }
}
