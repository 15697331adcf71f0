using AccountabilityKit.Organization;

namespace AccountabilityKit.Statistics.Facts;

/// <summary>The region of a unit: its ancestor at a depth (root = 0), or itself if shallower. Shared by every projection.</summary>
internal static class RegionResolver
{
    public static OrgUnitId RegionOf(OrgTree tree, int regionDepth, OrgUnitId unit)
    {
        var path = tree.PathToRoot(unit);
        var depth = path.Count - 1;
        return depth <= regionDepth ? unit : path[depth - regionDepth].Id;
    }
}
