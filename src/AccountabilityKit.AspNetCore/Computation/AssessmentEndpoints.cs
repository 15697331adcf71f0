using AccountabilityKit.AspNetCore.Contracts;
using AccountabilityKit.AspNetCore.Http;
using AccountabilityKit.AspNetCore.Problems;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AccountabilityKit.AspNetCore.Computation;

/// <summary>The stateless assessment endpoints: scoring a quarter and ranking the unit groups.</summary>
internal static class AssessmentEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/assessment/quarters/score", (Func<HttpContext, Task<IResult>>)ScoreQuarterAsync)
            .WithName("ScoreQuarter")
            .WithTags("Assessment")
            .WithSummary("Score a quarter and rank each unit group")
            .WithDescription("Scores every posted unit that a rule set's unit groups cover for the quarter (its findings and those of its subordinate units, the previous quarter's findings for repeats, its bonus claims and veto events) and ranks each unit group with the rule set's grade quotas. The body carries the rule sets in the published ScoringRuleSet format and, with the same property names, the findings file of `akit score` (units, cadres, findings, bonuses) plus vetoes. Every card lists all its lines (rule item, finding, points, reason, citation); they add up to the card's total. `asOf` defaults to today on the host's clock. Any problem in the request is a 400 problem listing every issue with its path.")
            .Accepts<QuarterScoreRequest>("application/json")
            .Produces<QuarterScoreResponse>()
            .Produces<ProblemResponse>(StatusCodes.Status400BadRequest, KitProblems.ContentType)
            .Produces<ProblemResponse>(StatusCodes.Status413PayloadTooLarge, KitProblems.ContentType);
    }

    private static async Task<IResult> ScoreQuarterAsync(HttpContext context)
    {
        var request = await HttpBody.ReadAsync<QuarterScoreRequest>(context).ConfigureAwait(false);
        var issues = new List<ValidationIssue>();
        var ruleSets = new List<ScoringRuleSet>();
        for (var i = 0; i < request.RuleSets.Count; i++)
        {
            if (NestedDocument.TryLoad<ScoringRuleSet>(context, request.RuleSets[i], $"$.ruleSets[{i}]", "ScoringRuleSet", ScoringRuleSetJson.TryLoad, issues, out var ruleSet))
            {
                ruleSets.Add(ruleSet);
            }
        }

        if (request.RuleSets.Count == 0)
        {
            issues.Add(NestedDocument.Missing("$.ruleSets[0]"));
        }

        var (tree, findings, bonuses, vetoes) = QuarterScoring.Read(request, issues);
        NestedDocument.ThrowIfErrors(issues);

        var asOf = request.AsOf ?? DefaultAsOf(context, request.Quarter);
        var result = QuarterScoring.Score(tree!, ruleSets, findings, bonuses, vetoes, request.Quarter, asOf, issues);
        NestedDocument.ThrowIfErrors(issues);

        var culture = KitProblems.CultureOf(context);
        return new KitJsonResult<QuarterScoreResponse>(QuarterScoring.Response(tree!, request.Quarter, asOf, result, culture));
    }

    /// <summary>Today in the assessment calendar (China Standard Time) on the host's <see cref="IClock"/>, as <c>akit score</c> does; the quarter's last day when the host registers no clock.</summary>
    private static LocalDate DefaultAsOf(HttpContext context, AssessmentQuarter quarter) =>
        context.RequestServices.GetService<IClock>() is { } clock ? new AssessmentCalendar(clock).Today : quarter.LastDay;
}
