using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>The stored-data endpoints over the host's context, restricted to the caller's subtree.</summary>
internal static class StoredDataEndpoints
{
    public static void Map<TContext>(RouteGroupBuilder group)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(group);
    }
}
