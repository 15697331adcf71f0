using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AccountabilityKit.EntityFrameworkCore.Tests.Checklists.ChecklistSamples;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Model;

public sealed class SchemaTests
{
    private static readonly string[] KitTables =
        ["checklist", "checklist_review", "checklist_review_transition", "checklist_template", "duty_record", "org_unit"];

    [Fact]
    public void EnsureCreated_DefaultOptions_CreatesPrefixedTables_Sqlite()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "schema");
        using var context = KitDbContext.Create(database);

        SqliteTables(context).Should().Contain(KitTables.Select(t => "ak_" + t));
    }

    [PostgresFact]
    public void EnsureCreated_DefaultOptions_CreatesPrefixedTablesInPublic_Postgres()
    {
        using var database = TestDatabase.Create(DatabaseKind.Postgres, "schema");
        using var context = KitDbContext.Create(database);

        PostgresTables(context, "public").Should().Contain(KitTables.Select(t => "ak_" + t));
    }

    [Fact]
    public void EnsureCreated_CustomPrefix_NamesEveryTableWithIt_Sqlite()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "schema");
        using var context = new PrefixedContext(database.Options<PrefixedContext>(b => b.UseAccountabilityKit(KitDbContext.TestHistory)));
        context.Database.EnsureCreated();

        var tables = SqliteTables(context);

        tables.Should().Contain(KitTables.Select(t => "oa_dj_" + t));
        tables.Should().NotContain(t => t.StartsWith("ak_", StringComparison.Ordinal));
        context.Add(Checklist("c1", CountyA));
        context.SaveChanges();
        context.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM oa_dj_checklist").AsEnumerable().Single().Should().Be(1);
    }

    [PostgresFact]
    public void EnsureCreated_Schema_PutsEveryTableInIt_Postgres()
    {
        using var database = TestDatabase.Create(DatabaseKind.Postgres, "schema");
        using var context = new SchemaContext(database.Options<SchemaContext>(b => b.UseAccountabilityKit(KitDbContext.TestHistory)));
        context.Database.EnsureCreated();

        PostgresTables(context, "akit").Should().Contain(KitTables.Select(t => "ak_" + t));
        PostgresTables(context, "public").Should().NotContain(t => t.StartsWith("ak_", StringComparison.Ordinal));
        context.Add(Checklist("c1", CountyA));
        context.SaveChanges();
        context.ChangeTracker.Clear();
        context.Set<ResponsibilityChecklist>().Single().Owner.Unit.Should().Be(CountyA);
    }

    private static List<string> SqliteTables(DbContext context) =>
        [.. context.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'").AsEnumerable()];

    private static List<string> PostgresTables(DbContext context, string schema) =>
        [.. context.Database.SqlQueryRaw<string>("SELECT table_name::text AS \"Value\" FROM information_schema.tables WHERE table_schema = {0}", schema).AsEnumerable()];

    /// <summary>A host whose tables of AccountabilityKit carry its own prefix.</summary>
    private sealed class PrefixedContext(DbContextOptions<PrefixedContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.ApplyAccountabilityKit(o => o.TablePrefix = "oa_dj_");
    }

    /// <summary>A host that keeps AccountabilityKit in its own PostgreSQL schema.</summary>
    private sealed class SchemaContext(DbContextOptions<SchemaContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.ApplyAccountabilityKit(o =>
            {
                o.Schema = "akit";
                o.ProviderMapsNodaTime = true;
            });
    }
}
