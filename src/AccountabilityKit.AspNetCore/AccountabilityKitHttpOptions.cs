namespace AccountabilityKit.AspNetCore;

/// <summary>Options of the kit's HTTP endpoints, bound from configuration section <c>AccountabilityKit:Http</c> or set in code.</summary>
public sealed class AccountabilityKitHttpOptions
{
    /// <summary>The default of <see cref="OrgUnitClaimType"/>.</summary>
    public const string DefaultOrgUnitClaimType = "akit_org_unit";

    /// <summary>The default of <see cref="MaxRequestBodyBytes"/>: 4 MiB.</summary>
    public const long DefaultMaxRequestBodyBytes = 4 * 1024 * 1024;

    /// <summary>The default of <see cref="MaxJsonDepth"/>.</summary>
    public const int DefaultMaxJsonDepth = 64;

    /// <summary>The name of the request-timeout policy the kit's endpoints carry (registered by <c>AddAccountabilityKitHttp</c>).</summary>
    public const string RequestTimeoutPolicyName = "AccountabilityKit.Timeout";

    /// <summary>The name of the rate-limiter policy the kit's endpoints carry (registered by <c>AddAccountabilityKitHttp</c>).</summary>
    public const string RateLimiterPolicyName = "AccountabilityKit.RateLimit";

    /// <summary>The claim type that names the caller's org unit (its <c>OrgUnitId</c>); the stored-data endpoints see that unit's subtree only. Default <c>akit_org_unit</c>.</summary>
    public string OrgUnitClaimType { get; set; } = DefaultOrgUnitClaimType;

    /// <summary>The largest request body accepted, in bytes; a larger one is answered 413 (<c>HT001</c>). Default 4 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>The deepest JSON nesting accepted in a request body (1 to 1,000); a deeper one is answered 400 (<c>AK047</c>). Default 64.</summary>
    public int MaxJsonDepth { get; set; } = DefaultMaxJsonDepth;

    /// <summary>How long a request may run before it is answered 408 (<c>HT004</c>); <see langword="null"/> for no limit. Default 30 s.</summary>
    /// <remarks>Enforced by the request-timeouts middleware: the host calls <c>app.UseRequestTimeouts()</c> (or <c>app.UseAccountabilityKit()</c>).</remarks>
    public TimeSpan? RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests accepted per <see cref="RateLimitWindow"/> and client address (fixed window); 0 turns the limiter off. Default 600.</summary>
    /// <remarks>A refused request is answered 429 (<c>HT003</c>) with <c>Retry-After</c>. Enforced by the rate-limiting middleware: the host calls <c>app.UseRateLimiter()</c> (or <c>app.UseAccountabilityKit()</c>).</remarks>
    public int RateLimitPermitLimit { get; set; } = 600;

    /// <summary>The window of <see cref="RateLimitPermitLimit"/>. Default one minute.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);
}
