using System.Diagnostics;
using AccountabilityKit.EntityFrameworkCore.Repositories;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using AccountabilityKit.EntityFrameworkCore.Tests.Model;
using AccountabilityKit.EntityFrameworkCore.Tests.Statistics;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Facts;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using M = AccountabilityKit.EntityFrameworkCore.Model.AccountabilityKitModule;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Repositories;

/// <summary>
/// Issue 18: a scope of 32,766 units or more failed with "too many SQL variables" on SQLite (one parameter per unit).
/// A county with 40,000 units below it: one city, one county, 200 townships of 199 villages each (40,002 rows).
/// </summary>
public sealed class LargeScopeTests
{
    private const int Townships = 200;
    private const int VillagesPerTownship = 199;

    private static OrgUnit[] Units()
    {
        var units = new List<OrgUnit>(2 + (Townships * (VillagesPerTownship + 1)))
        {
            new(new OrgUnitId("city"), "city", UnitKind.City),
            new(new OrgUnitId("county"), "county", UnitKind.County, new OrgUnitId("city")),
        };
        for (var t = 0; t < Townships; t++)
        {
            var township = new OrgUnitId($"t{t:D3}");
            units.Add(new OrgUnit(township, $"township {t}", UnitKind.Township, new OrgUnitId("county")));
            for (var v = 0; v < VillagesPerTownship; v++)
            {
                units.Add(new OrgUnit(new OrgUnitId($"t{t:D3}v{v:D3}"), $"village {t}.{v}", UnitKind.Village, township));
            }
        }

        return [.. units];
    }

    /// <summary>Stores the units with one INSERT … SELECT from a recursive counter (fast on both databases).</summary>
    private static void SeedUnits(TestDatabase database)
    {
        using var context = KitDbContext.Create(database);
        context.Set<OrgUnit>().AddRange(Units().Take(2));
        context.SaveChanges();
        var stamp = database.Kind == DatabaseKind.Postgres ? "'00000000-0000-0000-0000-000000000000'::uuid" : "'00000000-0000-0000-0000-000000000000'";
        var per = VillagesPerTownship + 1;
        var sql =
            $"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {(Townships * per) - 1}) " +
            "INSERT INTO ak_org_unit (\"Id\", \"Name\", \"Kind\", \"ParentId\", \"ConcurrencyStamp\") " +
            $"SELECT CASE WHEN i % {per} = 0 THEN 't' || substr('00' || (i / {per}), -3, 3) ELSE 't' || substr('00' || (i / {per}), -3, 3) || 'v' || substr('00' || ((i % {per}) - 1), -3, 3) END, " +
            $"'unit ' || i, CASE WHEN i % {per} = 0 THEN 'Township' ELSE 'Village' END, " +
            $"CASE WHEN i % {per} = 0 THEN 'county' ELSE 't' || substr('00' || (i / {per}), -3, 3) END, {stamp} FROM n";
        if (database.Kind == DatabaseKind.Postgres)
        {
            // PostgreSQL's substr has no negative start: right() keeps the last three characters.
            sql = sql.Replace("substr('00' || (i / 200), -3, 3)", "right('00' || (i / 200), 3)", StringComparison.Ordinal)
                .Replace("substr('00' || ((i % 200) - 1), -3, 3)", "right('00' || ((i % 200) - 1), 3)", StringComparison.Ordinal);
        }

        context.Database.ExecuteSqlRaw(sql);
    }

    [Fact]
    public Task Scope_Of40000Units_ListsCountsAndWrites_Sqlite() => LargeScope(DatabaseKind.Sqlite);

    [PostgresFact]
    public Task Scope_Of40000Units_ListsCountsAndWrites_Postgres() => LargeScope(DatabaseKind.Postgres);

    private static async Task LargeScope(DatabaseKind kind)
    {
        var ct = CancellationToken.None;
        var tree = OrgTree.Build(Units());
        var scope = DataScope.Subtree(tree, new OrgUnitId("county"));
        scope.UnitIds.Count.Should().Be(40_001).And.BeGreaterThan(32_766);
        using var database = TestDatabase.Create(kind, "largescope");
        SeedUnits(database);
        await using var context = KitDbContext.Create(database, ensureCreated: false);
        context.Set<OrgUnit>().Count().Should().Be(40_002);

        var watch = Stopwatch.StartNew();
        var units = new ScopedRepository<OrgUnit>(context, scope);
        (await units.CountAsync(ct)).Should().Be(40_001);
        var villages = new Specification<OrgUnit>();
        villages.Query.Where(u => u.Kind == UnitKind.Village).OrderByDescending(u => u.Id).Take(2);
        (await units.ListAsync(villages, ct)).Select(u => u.Id.Value).Should().Equal("t199v198", "t199v197");
        (await units.GetByIdAsync(new OrgUnitId("city"), ct)).Should().BeNull();

        var facts = new ScopedRepository<AccountabilityFact>(context, scope);
        var samples = FactSamples.Fixed(3);
        samples = [samples[0] with { Unit = new OrgUnitId("t150v100") }, samples[1] with { Unit = new OrgUnitId("t001v001") }, samples[2] with { Unit = new OrgUnitId("t199") }];
        await facts.AddRangeAsync(samples, ct);
        (await facts.CountAsync(ct)).Should().Be(3);
        var outside = () => facts.AddAsync(FactSamples.Fixed(4)[3] with { Unit = new OrgUnitId("city") }, ct);
        await outside.Should().ThrowAsync<DataScopeViolationException>();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "the scope is one recursive subquery, not 40,001 parameters");
    }

    [Fact]
    public async Task SnapshotScope_Of40000Units_WithoutTheOrganisationModule_IsOneParameter_Sqlite()
    {
        // A context that maps only the statistics module: the tree lives elsewhere, the scope's own ids are used.
        var ct = CancellationToken.None;
        var tree = OrgTree.Build(Units());
        var scope = DataScope.Subtree(tree, new OrgUnitId("t100"));
        var wide = DataScope.Subtree(tree, new OrgUnitId("county"));
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "largesnapshot");
        await using var context = ModulesContext.Create(database, M.Statistics);
        context.Database.EnsureCreated();
        var samples = FactSamples.Fixed(3);
        context.Set<AccountabilityFact>().AddRange(samples[0] with { Unit = new OrgUnitId("t100v005") }, samples[1] with { Unit = new OrgUnitId("t101v005") }, samples[2] with { Unit = new OrgUnitId("city") });
        await context.SaveChangesAsync(ct);

        (await new ScopedRepository<AccountabilityFact>(context, wide).CountAsync(ct)).Should().Be(2);
        (await new ScopedRepository<AccountabilityFact>(context, scope).CountAsync(ct)).Should().Be(1);
        (await new ScopedRepository<AccountabilityFact>(context, wide).ListAsync(ct)).Select(x => x.Unit.Value).Should().BeEquivalentTo(["t100v005", "t101v005"]);
    }
}
