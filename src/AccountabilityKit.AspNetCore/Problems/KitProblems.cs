using System.Collections.Immutable;
using System.Globalization;
using AccountabilityKit.AspNetCore.Contracts;
using AccountabilityKit.AspNetCore.Http;
using AccountabilityKit.Localization;
using AccountabilityKit.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AccountabilityKit.AspNetCore.Problems;

/// <summary>
/// RFC 9457 problem answers as every endpoint of the kit gives them (<c>application/problem+json</c>, the shape of
/// <see cref="ProblemResponse"/>), with titles, details and issue messages in the request's <c>Accept-Language</c>
/// (zh-CN by default, English for <c>en*</c>). Hosts and the stored-data endpoints use the same helper.
/// </summary>
public static class KitProblems
{
    /// <summary>The media type of a problem answer.</summary>
    public const string ContentType = "application/problem+json";

    /// <summary>The <c>type</c> of a request whose content fails validation (400, the kit's issues in <c>issues</c>).</summary>
    public const string ValidationType = "urn:accountabilitykit:problem:validation";

    /// <summary>The <c>type</c> of a request body over the size limit (413).</summary>
    public const string TooLargeType = "urn:accountabilitykit:problem:too-large";

    /// <summary>The <c>type</c> of a request refused by the rate limiter (429).</summary>
    public const string RateLimitedType = "urn:accountabilitykit:problem:rate-limited";

    /// <summary>The <c>type</c> of a request that ran past the time limit (408).</summary>
    public const string TimeoutType = "urn:accountabilitykit:problem:timeout";

    /// <summary>The <c>type</c> of an unexpected failure (500).</summary>
    public const string InternalType = "urn:accountabilitykit:problem:internal";

    /// <summary>The problem type of a request without a valid bearer token (401, <see cref="StoredDataIssueCodes.Unauthenticated"/>).</summary>
    public const string UnauthenticatedType = "urn:accountabilitykit:problem:unauthenticated";

    /// <summary>
    /// The language of the request's answer: the first language of <c>Accept-Language</c> (by quality) that is Chinese
    /// or English; zh-CN when there is none.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <returns><see cref="MessageCatalog.Chinese"/> or <see cref="MessageCatalog.English"/>.</returns>
    public static CultureInfo CultureOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Request.Headers.AcceptLanguage;
        if (values.Count == 0 || !StringWithQualityHeaderValue.TryParseList(values, out var languages))
        {
            return MessageCatalog.Chinese;
        }

        foreach (var language in languages.Where(static l => (l.Quality ?? 1) > 0).OrderByDescending(static l => l.Quality ?? 1))
        {
            var tag = language.Value.Value ?? string.Empty;
            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return MessageCatalog.English;
            }

            if (tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            {
                return MessageCatalog.Chinese;
            }
        }

        return MessageCatalog.Chinese;
    }

    /// <summary>A 400 problem carrying every issue of <paramref name="report"/>; its <c>code</c> is the first error's.</summary>
    /// <param name="context">The request.</param>
    /// <param name="report">The report (normally invalid).</param>
    /// <returns>The answer.</returns>
    public static IResult Validation(HttpContext context, ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        return new KitJsonResult<ProblemResponse>(ValidationProblem(context, report), StatusCodes.Status400BadRequest, ContentType);
    }

    /// <summary>A problem of the HTTP layer (no issues): <paramref name="title"/> and <paramref name="detail"/> rendered in the request's language.</summary>
    /// <param name="context">The request.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="type">The problem type URI (one of this class's constants or the host's own).</param>
    /// <param name="code">The stable code (<see cref="HttpIssueCodes"/> or the host's own).</param>
    /// <param name="title">The title message.</param>
    /// <param name="detail">The detail message.</param>
    /// <returns>The answer.</returns>
    public static IResult Problem(HttpContext context, int status, string type, string code, Message title, Message detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new KitJsonResult<ProblemResponse>(Create(context, status, type, code, title, detail), status, ContentType);
    }

    /// <summary>Writes <see cref="Problem"/> to the response directly (for middleware callbacks such as the rate limiter's).</summary>
    /// <param name="context">The request.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="type">The problem type URI.</param>
    /// <param name="code">The stable code.</param>
    /// <param name="title">The title message.</param>
    /// <param name="detail">The detail message.</param>
    /// <returns>The write.</returns>
    public static Task WriteAsync(HttpContext context, int status, string type, string code, Message title, Message detail) =>
        Problem(context, status, type, code, title, detail).ExecuteAsync(context);

    /// <summary>
    /// Writes the 401 problem (<see cref="StoredDataIssueCodes.Unauthenticated"/>) with a <c>WWW-Authenticate: Bearer</c>
    /// header; a host calls it from its authentication handler's challenge (JWT bearer: <c>Events.OnChallenge</c>, after
    /// <c>HandleResponse()</c>) so that a 401 is a problem like every other failure.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <returns>The write.</returns>
    public static Task WriteUnauthenticatedAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return WriteAsync(context, StatusCodes.Status401Unauthorized, UnauthenticatedType, StoredDataIssueCodes.Unauthenticated, Catalog.Of(nameof(Messages.ProblemUnauthenticatedTitle)), Catalog.Of(nameof(Messages.ProblemUnauthenticatedDetail)));
    }

    internal static ProblemResponse ValidationProblem(HttpContext context, ValidationReport report)
    {
        var errors = report.Errors.ToList();
        var code = errors.Count > 0 ? errors[0].Code : report.Issues.FirstOrDefault()?.Code ?? string.Empty;
        var culture = CultureOf(context);
        return new ProblemResponse(
            ValidationType,
            Catalog.Of(nameof(Messages.ProblemValidationTitle)).Render(culture),
            StatusCodes.Status400BadRequest,
            Catalog.Of(nameof(Messages.ProblemValidationDetail), ("count", errors.Count)).Render(culture),
            code,
            context.TraceIdentifier,
            IssueResponse.FromAll(report.Issues, culture));
    }

    internal static ProblemResponse Create(HttpContext context, int status, string type, string code, Message title, Message detail)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(detail);
        var culture = CultureOf(context);
        return new ProblemResponse(type, title.Render(culture), status, detail.Render(culture), code, context.TraceIdentifier, ImmutableArray<IssueResponse>.Empty);
    }
}
