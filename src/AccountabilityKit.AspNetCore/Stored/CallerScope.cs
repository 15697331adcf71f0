using AccountabilityKit.Organization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>
/// The caller's data scope: the subtree of the org unit its claim names, in the tree as stored now. Resolved once per
/// request by an endpoint filter, before any handler runs; a caller without it gets a 403 problem and nothing else.
/// </summary>
internal static class CallerScope
{
    private const string ItemKey = "AccountabilityKit.Stored.Scope";

    /// <summary>The scope the filter resolved for this request.</summary>
    public static DataScope Of(HttpContext http) =>
        http.Items[ItemKey] as DataScope ?? throw new InvalidOperationException(nameof(CallerScope));

    /// <summary>Resolves the scope, or returns the refusal.</summary>
    public static async Task<IResult?> ResolveAsync<TContext>(HttpContext http)
        where TContext : DbContext
    {
        var options = http.RequestServices.GetService<IOptions<AccountabilityKitHttpOptions>>()?.Value ?? new AccountabilityKitHttpOptions();
        var claimType = options.OrgUnitClaimType;
        var claims = http.User.FindAll(claimType).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList();
        if (http.User.Identity?.IsAuthenticated != true || claims.Count != 1 || !OrgUnitId.TryCreate(claims[0], out var unit))
        {
            return StoredProblem.Of(http, StatusCodes.Status403Forbidden, StoredDataIssueCodes.OrgUnitClaimMissing,
                Catalog.Of(nameof(Messages.StoredOrgUnitClaimMissing), ("claim", claimType)));
        }

        var db = http.RequestServices.GetRequiredService<TContext>();
        var units = await db.Set<OrgUnit>().AsNoTracking().ToListAsync(http.RequestAborted).ConfigureAwait(false);
        if (units.Count == 0 || !OrgTree.TryBuild(units, out var tree, out _) || !tree.Contains(unit))
        {
            return StoredProblem.Of(http, StatusCodes.Status403Forbidden, StoredDataIssueCodes.OrgUnitClaimUnknown,
                Catalog.Of(nameof(Messages.StoredOrgUnitClaimUnknown), ("unit", unit.Value)));
        }

        http.Items[ItemKey] = DataScope.Subtree(tree, unit);
        return null;
    }
}
