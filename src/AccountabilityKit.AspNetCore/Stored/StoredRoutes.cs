using AccountabilityKit.AspNetCore.Contracts;
using AccountabilityKit.AspNetCore.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>The OpenAPI metadata every stored-data route carries: name, tag, summary, description, its answers and the problems it can give.</summary>
internal static class StoredRoutes
{
    public const string Tag = "Stored data";

    /// <summary>Name, tag, summary and description, the 200 (or 201) answer, and the problems of every stored route (400, 401, 403) plus <paramref name="problems"/>.</summary>
    public static RouteHandlerBuilder Describe<TResponse>(this RouteHandlerBuilder route, string name, string summary, string description, int status, params int[] problems)
    {
        route.WithName(name)
            .WithTags(Tag)
            .WithSummary(summary)
            .WithDescription(description)
            .Produces<TResponse>(status)
            .Produces<ProblemResponse>(StatusCodes.Status401Unauthorized, KitProblems.ContentType)
            .Produces<ProblemResponse>(StatusCodes.Status400BadRequest, KitProblems.ContentType)
            .Produces<ProblemResponse>(StatusCodes.Status403Forbidden, KitProblems.ContentType);
        foreach (var problem in problems)
        {
            route.Produces<ProblemResponse>(problem, KitProblems.ContentType);
        }

        return route;
    }

    /// <summary>A route whose body is one of the kit's published documents (read strictly by the format's loader).</summary>
    public static RouteHandlerBuilder AcceptsDocument(this RouteHandlerBuilder route) =>
        route.Accepts<System.Text.Json.JsonElement>("application/json")
            .Produces<ProblemResponse>(StatusCodes.Status413PayloadTooLarge, KitProblems.ContentType);
}
