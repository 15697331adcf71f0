using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.Organization;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.PackageTests;

/// <summary>The EF Core package as a user gets it: his own DbContext, one line in OnModelCreating, SQLite.</summary>
public class PersistencePackageTests
{
    private sealed class UsersContext(DbContextOptions<UsersContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyAccountabilityKit();
    }

    [Fact]
    public void ApplyAccountabilityKit_OnAUsersOwnContext_CreatesTheSchemaAndRoundTripsAnOrgTree()
    {
        var path = Path.Combine(Path.GetTempPath(), $"akit-package-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<UsersContext>().UseSqlite($"Data Source={path};Pooling=False").UseAccountabilityKit().Options;
            OrgUnit[] units =
            [
                new(new OrgUnitId("NT"), "南通市委", UnitKind.City),
                new(new OrgUnitId("RG"), "如皋市委", UnitKind.County, new OrgUnitId("NT")),
            ];
            using (var context = new UsersContext(options))
            {
                context.Database.EnsureCreated().Should().BeTrue();
                context.Set<OrgUnit>().AddRange(units);
                context.SaveChanges();
            }

            using (var context = new UsersContext(options))
            {
                var tree = OrgTree.Build(context.Set<OrgUnit>().AsNoTracking().ToList());
                tree.IsWithin(new OrgUnitId("RG"), new OrgUnitId("NT")).Should().BeTrue();
                context.Set<OrgUnit>().Single(u => u.Id == new OrgUnitId("RG")).Should().Be(units[1]);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
