using Microsoft.AspNetCore.Routing;

namespace AccountabilityKit.AspNetCore.Computation;

/// <summary>The stateless computation endpoints (owned by the computation part of the package).</summary>
internal static class ComputationEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
    }
}
