using AccountabilityKit.AspNetCore.Contracts;
using AccountabilityKit.AspNetCore.Http;
using AccountabilityKit.AspNetCore.Problems;
using AccountabilityKit.Localization;
using AccountabilityKit.Validation;
using Microsoft.AspNetCore.Http;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>
/// The problem answers of the stored-data endpoints, in the one shape every endpoint of the kit gives
/// (<see cref="ProblemResponse"/> through <see cref="KitProblems"/>'s culture and issue rendering): the status chosen by
/// the refusal, the kit's issues in <c>issues</c>, the first issue's code in <c>code</c> and its message as title.
/// </summary>
internal static class StoredProblem
{
    public static IResult Of(HttpContext http, int status, string code, Message text) =>
        Of(http, status, ValidationReport.Of(ValidationIssue.Error(code, "$", text)));

    public static IResult Of(HttpContext http, int status, ValidationReport report)
    {
        var culture = KitProblems.CultureOf(http);
        var first = report.Issues.FirstOrDefault();
        var title = first is not null ? first.Render(culture) : Catalog.Of(nameof(Messages.StoredRequestRefused)).Render(culture);
        var problem = new ProblemResponse(
            TypeOf(status),
            title,
            status,
            title,
            first?.Code ?? string.Empty,
            http.TraceIdentifier,
            IssueResponse.FromAll(report.Issues, culture));
        return new KitJsonResult<ProblemResponse>(problem, status, KitProblems.ContentType);
    }

    private static string TypeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => KitProblems.ValidationType,
        StatusCodes.Status403Forbidden => "urn:accountabilitykit:problem:forbidden",
        StatusCodes.Status404NotFound => "urn:accountabilitykit:problem:not-found",
        StatusCodes.Status412PreconditionFailed => "urn:accountabilitykit:problem:precondition-failed",
        StatusCodes.Status428PreconditionRequired => "urn:accountabilitykit:problem:precondition-required",
        _ => "urn:accountabilitykit:problem:refused",
    };
}
