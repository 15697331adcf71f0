namespace AccountabilityKit.AspNetCore;

/// <summary>
/// Stable codes of the problems the HTTP layer itself answers (documented in the README). Problems inside a posted
/// document keep the code of the package that owns the format (<c>AK…</c> for JSON reading, <c>CL…</c>, <c>AS…</c>,
/// <c>AC…</c>, <c>ST…</c>).
/// </summary>
public static class HttpIssueCodes
{
    /// <summary>The request body is larger than <see cref="AccountabilityKitHttpOptions.MaxRequestBodyBytes"/> (413).</summary>
    public const string BodyTooLarge = "HT001";

    /// <summary>The request body is empty where a JSON document is expected (400).</summary>
    public const string BodyEmpty = "HT002";

    /// <summary>The caller sent more requests than the rate limiter allows (429).</summary>
    public const string RateLimited = "HT003";

    /// <summary>The request ran longer than <see cref="AccountabilityKitHttpOptions.RequestTimeout"/> (408).</summary>
    public const string TimedOut = "HT004";

    /// <summary>An unexpected error; the answer carries a trace id, never the exception's text (500).</summary>
    public const string Internal = "HT005";

    /// <summary>A request property that must hold one of the kit's published documents (a JSON object) holds something else (400).</summary>
    public const string DocumentExpected = "HT006";

    /// <summary>A required request property is missing (400).</summary>
    public const string PropertyMissing = "HT007";

    /// <summary>Two documents of one list of a request (templates, checklists) share an id (400).</summary>
    public const string DuplicateDocumentId = "HT020";
}
