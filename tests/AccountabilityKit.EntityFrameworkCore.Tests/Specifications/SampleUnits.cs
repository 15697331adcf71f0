using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Specifications;

/// <summary>
/// A small org tree for query tests. Ids are short lowercase ASCII of equal length, so every collation (SQLite binary,
/// PostgreSQL's database collation, .NET's ordinal comparer) orders them the same; names mix cases for LIKE tests.
/// </summary>
internal static class SampleUnits
{
    public static readonly OrgUnitId City = new("u01");
    public static readonly OrgUnitId CountyA = new("u02");
    public static readonly OrgUnitId CountyB = new("u03");

    public static readonly OrgUnit[] All =
    [
        new(City, "Nantong City", UnitKind.City),
        new(CountyA, "Alpha County", UnitKind.County, City),
        new(CountyB, "Beta County", UnitKind.County, City),
        new(new("u04"), "alpha town", UnitKind.Township, CountyA),
        new(new("u05"), "ALPHA Bureau", UnitKind.CountyDepartment, CountyA),
        new(new("u06"), "Alpha Village", UnitKind.Village, new OrgUnitId("u04")),
        new(new("u07"), "beta town", UnitKind.Township, CountyB),
        new(new("u08"), "Beta Bureau", UnitKind.CountyDepartment, CountyB),
        new(new("u09"), "如皋市教育局", UnitKind.CountyDepartment, CountyB),
        new(new("u10"), "City Bureau 100%", UnitKind.CityDepartment, City),
    ];

    public static readonly OrgTree Tree = OrgTree.Build(All);

    /// <summary>A database of <paramref name="kind"/> seeded with <see cref="All"/>.</summary>
    public static TestDatabase Seeded(DatabaseKind kind, string purpose)
    {
        var database = TestDatabase.Create(kind, purpose);
        using var context = KitDbContext.Create(database);
        context.Set<OrgUnit>().AddRange(All);
        context.SaveChanges();
        return database;
    }

    /// <summary>A context on <paramref name="database"/> that records every SQL command it runs into <paramref name="log"/>.</summary>
    public static KitDbContext Logged(TestDatabase database, List<string> log) =>
        new(database.Options<KitDbContext>(b =>
        {
            b.UseAccountabilityKit();
            b.LogTo(log.Add, [DbLoggerCategory.Database.Command.Name], LogLevel.Information);
        }));
}
