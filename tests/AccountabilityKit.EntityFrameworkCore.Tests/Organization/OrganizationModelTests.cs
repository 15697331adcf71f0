using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.Organization;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Organization;

public sealed class OrganizationModelTests
{
    private static readonly OrgUnit[] Units =
    [
        new(new OrgUnitId("city"), "某市委", UnitKind.City),
        new(new OrgUnitId("county-a"), "甲县委", UnitKind.County, new OrgUnitId("city")),
        new(new OrgUnitId("town-a1"), "甲县一镇党委", UnitKind.Township, new OrgUnitId("county-a")),
    ];


    [Fact]
    public void OrgUnits_RoundTrip_Sqlite() => RoundTrip(DatabaseKind.Sqlite);

    [PostgresFact]
    public void OrgUnits_RoundTrip_Postgres() => RoundTrip(DatabaseKind.Postgres);

    private static void RoundTrip(DatabaseKind kind)
    {
        using var database = TestDatabase.Create(kind, "org");
        using (var context = KitDbContext.Create(database))
        {
            context.Set<OrgUnit>().AddRange(Units);
            context.SaveChanges();
        }

        using (var context = KitDbContext.Create(database, ensureCreated: false))
        {
            var loaded = context.Set<OrgUnit>().AsNoTracking().OrderBy(u => u.Id).ToList();
            loaded.Should().Equal(Units.OrderBy(u => u.Id.Value, StringComparer.Ordinal));
            context.Set<OrgUnit>().Where(u => u.ParentId == new OrgUnitId("city")).Select(u => u.Name).Should().Equal("甲县委");
        }
    }
}
