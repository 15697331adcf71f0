using System.Globalization;
using AccountabilityKit.Localization;
using AccountabilityKit.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>RFC 9457 problem details of the stored-data endpoints, carrying the kit's issues in the request's language.</summary>
internal static class StoredProblem
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static IResult Of(HttpContext http, int status, string code, Message text) =>
        Of(http, status, ValidationReport.Of(ValidationIssue.Error(code, "$", text)));

    public static IResult Of(HttpContext http, int status, ValidationReport report)
    {
        var culture = CultureOf(http.Request);
        var issues = report.Issues.Select(i => new StoredIssue(
            i.Code,
            i.Severity == IssueSeverity.Error ? "error" : "warning",
            i.Path,
            i.MessageId,
            i.Render(culture),
            i.Citation?.ToString())).ToList();
        var first = issues.Count > 0 ? issues[0].Message : Catalog.Of(nameof(Messages.StoredRequestRefused)).Render(culture);
        return Results.Problem(
            statusCode: status,
            title: first,
            detail: first,
            extensions: new Dictionary<string, object?> { ["issues"] = issues });
    }

    /// <summary>zh-CN unless the first language the caller accepts is English.</summary>
    public static CultureInfo CultureOf(HttpRequest request)
    {
        var header = request.Headers.AcceptLanguage.ToString();
        if (header.Length > 0 && StringWithQualityHeaderValue.TryParseList([header], out var values))
        {
            var best = values.OrderByDescending(v => v.Quality ?? 1.0).FirstOrDefault();
            if (best is not null && best.Value.Value is { } tag && tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return English;
            }
        }

        return Chinese;
    }
}
