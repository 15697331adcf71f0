namespace AccountabilityKit.AspNetCore;

/// <summary>
/// Stable codes of the problems the stored-data endpoints of <c>MapAccountabilityKit&lt;TContext&gt;()</c> answer
/// themselves (documented in the README's issue-code table), in the <c>code</c> of the problem and of its issue.
/// Problems inside a posted document keep the code of the package that owns the format (<c>AK…</c> for JSON reading,
/// <c>AS…</c>, <c>CL…</c>, <c>AC…</c>); the HTTP layer's own are <see cref="HttpIssueCodes"/>.
/// </summary>
public static class StoredDataIssueCodes
{
    /// <summary>The caller's token names no org unit (403).</summary>
    public const string OrgUnitClaimMissing = "HTD001";

    /// <summary>The caller's token names an org unit that is not in the stored tree (403).</summary>
    public const string OrgUnitClaimUnknown = "HTD002";

    /// <summary>No record with that id within the caller's scope — missing or another unit's, one answer (404).</summary>
    public const string NotFound = "HTD003";

    /// <summary>A replacement (a <c>PUT</c>, or an action on an existing review) without <c>If-Match</c> (428).</summary>
    public const string IfMatchRequired = "HTD004";

    /// <summary><c>If-Match</c> does not name the current version, or another writer saved first (412).</summary>
    public const string PreconditionFailed = "HTD005";

    /// <summary><c>page</c> or <c>pageSize</c> out of bounds or not a number (400).</summary>
    public const string PagingInvalid = "HTD006";

    /// <summary>A filter parameter that does not parse (400).</summary>
    public const string QueryParameterInvalid = "HTD007";

    /// <summary>A write the data scope refuses: outside the caller's subtree, or a taken id — one answer (403).</summary>
    public const string WriteRefused = "HTD008";

    /// <summary>The id in the path differs from the id in the body (400).</summary>
    public const string IdMismatch = "HTD009";

    /// <summary>A review action the review's current state does not allow, e.g. approving a draft (409).</summary>
    public const string ReviewActionRefused = "HTD010";

    /// <summary>No valid bearer token: none sent, forged, expired, or for another issuer or audience (401).</summary>
    public const string Unauthenticated = "HTD011";
}
