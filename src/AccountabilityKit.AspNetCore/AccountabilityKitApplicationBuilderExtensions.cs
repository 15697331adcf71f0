using Microsoft.AspNetCore.Builder;

namespace AccountabilityKit.AspNetCore;

/// <summary>Adds the middlewares that enforce the kit's request timeout and rate limit.</summary>
public static class AccountabilityKitApplicationBuilderExtensions
{
    /// <summary>
    /// Adds <c>UseRequestTimeouts()</c> and <c>UseRateLimiter()</c>, after routing, so that the policies the kit's
    /// endpoints carry apply. Call it before mapping the endpoints; a host that already adds both middlewares may skip it.
    /// </summary>
    /// <param name="app">The host's application builder.</param>
    /// <returns><paramref name="app"/>, for chaining.</returns>
    public static IApplicationBuilder UseAccountabilityKit(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRequestTimeouts();
        app.UseRateLimiter();
        return app;
    }
}
