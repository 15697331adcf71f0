using System.Globalization;
using AccountabilityKit.AspNetCore.Contracts;
using AccountabilityKit.AspNetCore.Http;
using AccountabilityKit.AspNetCore.Problems;
using AccountabilityKit.Checklists;
using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AccountabilityKit.AspNetCore.Computation;

/// <summary>The stateless checklist endpoints: a batch of tailored checklists checked against their templates, with near-duplicate detection.</summary>
internal static class ChecklistEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/checklists/check", (Func<HttpContext, Task<IResult>>)CheckChecklistsAsync)
            .WithName("CheckChecklists")
            .WithTags("Checklists")
            .WithSummary("Check a batch of tailored checklists against their templates and find near-duplicates")
            .WithDescription("Checks each posted checklist (published ResponsibilityChecklist format) against the posted template with its templateId, or the only template posted: mandated duties covered, first-form measures named, items well formed (the kit's ChecklistValidator, as `akit checklist check`). Then runs near-duplicate (雷同) detection across the whole batch and against the templates' duties. A checklist is returned for revision when it has an error or a near-duplicate pair is held against it. Documents that cannot be read, duplicate ids or a checklist without its template are a 400 problem listing every issue.")
            .Accepts<ChecklistCheckRequest>("application/json")
            .Produces<ChecklistCheckResponse>()
            .Produces<ProblemResponse>(StatusCodes.Status400BadRequest, KitProblems.ContentType)
            .Produces<ProblemResponse>(StatusCodes.Status413PayloadTooLarge, KitProblems.ContentType);
    }

    private static async Task<IResult> CheckChecklistsAsync(HttpContext context)
    {
        var request = await HttpBody.ReadAsync<ChecklistCheckRequest>(context).ConfigureAwait(false);
        var issues = new List<ValidationIssue>();
        var templates = new List<(int Index, ChecklistTemplate Template)>();
        for (var i = 0; i < request.Templates.Count; i++)
        {
            if (NestedDocument.TryLoad<ChecklistTemplate>(context, request.Templates[i], Indexed("$.templates", i), "ChecklistTemplate", ChecklistTemplateJson.TryLoad, issues, out var template))
            {
                templates.Add((i, template));
            }
        }

        var checklists = new List<(int Index, ResponsibilityChecklist Checklist)>();
        for (var i = 0; i < request.Checklists.Count; i++)
        {
            if (NestedDocument.TryLoad<ResponsibilityChecklist>(context, request.Checklists[i], Indexed("$.checklists", i), "ResponsibilityChecklist", ResponsibilityChecklistJson.TryLoad, issues, out var checklist))
            {
                checklists.Add((i, checklist));
            }
        }

        if (request.Templates.Count == 0)
        {
            issues.Add(NestedDocument.Missing("$.templates[0]"));
        }

        if (request.Checklists.Count == 0)
        {
            issues.Add(NestedDocument.Missing("$.checklists[0]"));
        }

        DuplicateIds(templates.Select(t => (t.Index, t.Template.Id)), "$.templates", issues);
        DuplicateIds(checklists.Select(c => (c.Index, c.Checklist.Id)), "$.checklists", issues);
        var byId = templates.GroupBy(t => t.Template.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Template, StringComparer.Ordinal);
        var checkedAgainst = new List<(int Index, ResponsibilityChecklist Checklist, ChecklistTemplate Template)>();
        foreach (var (index, checklist) in checklists)
        {
            // The template with the checklist's id; else the only one posted (the check then reports the mismatch, CL030, as akit does).
            var template = byId.TryGetValue(checklist.TemplateId, out var t) ? t : templates.Count == 1 ? templates[0].Template : null;
            if (template is null)
            {
                if (templates.Count > 0)
                {
                    issues.Add(ValidationIssue.Error(
                        ChecklistsIssueCodes.TemplateMismatch,
                        JsonPaths.Combine(Indexed("$.checklists", index), "templateId"),
                        Catalog.Of(nameof(Messages.ChecklistTemplateNotPosted), ("id", checklist.Id), ("templateId", checklist.TemplateId))));
                }

                continue;
            }

            checkedAgainst.Add((index, checklist, template));
        }

        NestedDocument.ThrowIfErrors(issues);

        var culture = KitProblems.CultureOf(context);
        var duplicates = new NearDuplicateDetector().Detect(checkedAgainst.Select(c => c.Checklist), templates.Select(t => t.Template));
        var verdicts = new List<ChecklistVerdictResponse>(checkedAgainst.Count);
        foreach (var (index, checklist, template) in checkedAgainst)
        {
            var report = ChecklistValidator.Validate(template, checklist);
            var heldAgainst = duplicates.Pairs
                .Where(p => string.Equals(p.FirstId, checklist.Id, StringComparison.Ordinal) || (string.Equals(p.SecondId, checklist.Id, StringComparison.Ordinal) && !p.SecondIsTemplate))
                .Select(p => NearDuplicatePairResponse.From(p, culture))
                .ToList();
            verdicts.Add(new ChecklistVerdictResponse(
                checklist.Id,
                template.Id,
                ChecklistOwnerResponse.From(checklist.Owner, culture),
                report.IsValid,
                !report.IsValid || heldAgainst.Count > 0,
                IssueResponse.FromAll(report.Issues.Select(i => i.Under(Indexed("$.checklists", index))), culture),
                [.. heldAgainst]));
        }

        return new KitJsonResult<ChecklistCheckResponse>(new ChecklistCheckResponse(
            verdicts.Count,
            verdicts.Count(v => v.ReturnedForRevision),
            duplicates.ComparedPairs,
            [.. verdicts],
            [.. duplicates.Pairs.Select(p => NearDuplicatePairResponse.From(p, culture))],
            [.. duplicates.UnitsToReturn.Select(u => u.Value)]));
    }

    private static void DuplicateIds(IEnumerable<(int Index, string Id)> documents, string list, List<ValidationIssue> issues)
    {
        foreach (var group in documents.GroupBy(d => d.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First().Index;
            foreach (var (index, id) in group.Skip(1))
            {
                issues.Add(ValidationIssue.Error(
                    HttpIssueCodes.DuplicateDocumentId,
                    JsonPaths.Combine(Indexed(list, index), "id"),
                    Catalog.Of(nameof(Messages.DocumentIdDuplicate), ("id", id), ("first", Indexed(list, first)))));
            }
        }
    }

    private static string Indexed(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");
}
