using AccountabilityKit.Organization;

namespace AccountabilityKit.Tests.Organization;

/// <summary>
/// A small realistic city: 南通市委 at the root; two county-level cities with townships and a county department;
/// two city departments. Listed in the order the host system keeps them (parents first, siblings interleaved).
/// </summary>
internal static class SampleCity
{
    public static readonly OrgUnitId NT = new("NT");            // 南通市委
    public static readonly OrgUnitId RG = new("RG");            // 如皋市委
    public static readonly OrgUnitId HA = new("HA");            // 海安市委
    public static readonly OrgUnitId JW = new("NT-JW");         // 市纪委监委
    public static readonly OrgUnitId RG01 = new("RG-01");       // 如城街道党工委
    public static readonly OrgUnitId RG02 = new("RG-02");       // 白蒲镇党委
    public static readonly OrgUnitId HA01 = new("HA-01");       // 城东镇党委
    public static readonly OrgUnitId JY = new("NT-JY");         // 市教育局党组
    public static readonly OrgUnitId RGJY = new("RG-JY");       // 如皋市教育局党组

    /// <summary>The list as the host system keeps it (parents before children).</summary>
    public static OrgUnit[] Units() =>
    [
        new(NT, "南通市委", UnitKind.City),
        new(RG, "如皋市委", UnitKind.County, NT),
        new(HA, "海安市委", UnitKind.County, NT),
        new(JW, "市纪委监委", UnitKind.CityDepartment, NT),
        new(RG01, "如城街道党工委", UnitKind.Township, RG),
        new(RG02, "白蒲镇党委", UnitKind.Township, RG),
        new(HA01, "城东镇党委", UnitKind.Township, HA),
        new(JY, "市教育局党组", UnitKind.CityDepartment, NT),
        new(RGJY, "如皋市教育局党组", UnitKind.CountyDepartment, RG),
    ];

    /// <summary>The expected pre-order: each unit before its descendants, siblings in input order.</summary>
    public static OrgUnitId[] PreOrder => [NT, RG, RG01, RG02, RGJY, HA, HA01, JW, JY];

    public static OrgTree Tree() => OrgTree.Build(Units());

    public static OrgUnitId Id(string text) => new(text);
}
