using System.Globalization;
using AccountabilityKit.Organization;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// A deterministic, realistic org tree of <c>count</c> units: a city; 10 counties and 60 city departments; 20 townships
/// per county; villages under random townships; and one unit in five further down, as Party branches under villages
/// or institutions under departments (depth 1–4).
/// </summary>
public static class SyntheticOrgTree
{
    public static IReadOnlyList<OrgUnit> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var units = new List<OrgUnit>(count) { new(Id(0), "市委", UnitKind.City) };
        var counties = Add(units, count, 10, _ => units[0], UnitKind.County, "县");
        var departments = Add(units, count, 60, _ => units[0], UnitKind.CityDepartment, "部门");
        var townships = Add(units, count, counties.Count * 20, i => counties[i % counties.Count], UnitKind.Township, "镇");
        var remaining = count - units.Count;
        var villages = Add(units, count, remaining * 4 / 5, _ => townships[random.Next(townships.Count)], UnitKind.Village, "村");
        Add(units, count, int.MaxValue, i => i % 2 == 0 ? villages[random.Next(villages.Count)] : departments[random.Next(departments.Count)], UnitKind.Other, "支部");
        return units;
    }

    private static List<OrgUnit> Add(List<OrgUnit> units, int limit, int howMany, Func<int, OrgUnit> parentOf, UnitKind kind, string name)
    {
        var added = new List<OrgUnit>();
        for (var i = 0; i < howMany && units.Count < limit; i++)
        {
            var unit = new OrgUnit(Id(units.Count), name + i.ToString(CultureInfo.InvariantCulture), kind, parentOf(i).Id);
            units.Add(unit);
            added.Add(unit);
        }

        return added;
    }

    private static OrgUnitId Id(int i) => new("U" + i.ToString("D6", CultureInfo.InvariantCulture));
}
