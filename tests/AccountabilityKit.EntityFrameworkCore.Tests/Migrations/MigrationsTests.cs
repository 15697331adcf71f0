using AccountabilityKit.Checklists.Review;
using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static AccountabilityKit.EntityFrameworkCore.Tests.Checklists.ChecklistSamples;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Migrations;

/// <summary>
/// The migrations committed under Migrations/Sqlite and Migrations/Postgres were scaffolded from a user's context with
/// EF Core's design-time services (<see cref="MigrationScaffolding"/>, as <c>dotnet ef migrations add</c> does). They
/// must apply to an empty database, leave no model change pending, and a new scaffold against them must be empty.
/// </summary>
public sealed class MigrationsTests
{
    [Fact]
    public void Migrate_EmptySqliteDatabase_CreatesTheSchemaWithNothingPending()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "mig");
        using (var context = new SqliteMigrationsContext(database.Options<SqliteMigrationsContext>(b => b.UseAccountabilityKit(KitDbContext.TestHistory))))
        {
            Migrate(context);
        }

        using (var context = new SqliteMigrationsContext(database.Options<SqliteMigrationsContext>(b => b.UseAccountabilityKit(KitDbContext.TestHistory))))
        {
            RoundTrip(context);
        }
    }

    [PostgresFact]
    public void Migrate_EmptyPostgresDatabase_CreatesTheSchemaWithNothingPending()
    {
        using var database = TestDatabase.Create(DatabaseKind.Postgres, "mig");
        using (var context = new PostgresMigrationsContext(database.Options<PostgresMigrationsContext>(b => b.UseAccountabilityKit(KitDbContext.TestHistory))))
        {
            Migrate(context);
        }

        using (var context = new PostgresMigrationsContext(database.Options<PostgresMigrationsContext>(b => b.UseAccountabilityKit(KitDbContext.TestHistory))))
        {
            RoundTrip(context);
        }
    }

    [Fact]
    public void Scaffold_AgainstTheCommittedSqliteSnapshot_HasNoOperations()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite, "mig");
        using var context = new SqliteMigrationsContext(database.Options<SqliteMigrationsContext>());

        var migration = MigrationScaffolding.Scaffold(context, "Next", "Sqlite");

        migration.MigrationCode.Should().NotContain("migrationBuilder.");
        migration.SnapshotCode.Should().Contain("ak_checklist_review_transition").And.Contain("PreviousHash");
    }

    [PostgresFact]
    public void Scaffold_AgainstTheCommittedPostgresSnapshot_HasNoOperations()
    {
        using var database = TestDatabase.Create(DatabaseKind.Postgres, "mig");
        using var context = new PostgresMigrationsContext(database.Options<PostgresMigrationsContext>());

        var migration = MigrationScaffolding.Scaffold(context, "Next", "Postgres");

        migration.MigrationCode.Should().NotContain("migrationBuilder.");
    }

    private static void Migrate(DbContext context)
    {
        var pending = context.Database.GetPendingMigrations().ToList();
        pending.Should().HaveCount(2);
        pending[0].Should().EndWith("_InitialCreate");
        pending[1].Should().EndWith("_AddCaseApproval");
        context.Database.Migrate();
        context.Database.GetAppliedMigrations().Should().Equal(pending);
        context.Database.HasPendingModelChanges().Should().BeFalse();
    }

    private static void RoundTrip(DbContext context)
    {
        var review = Review("c1", 4);
        context.AddRange(Units);
        context.Add(Checklist("c1", CountyA));
        context.Add(review);
        context.AddRange(Records("c1"));
        context.Add(Template());
        context.SaveChanges();
        context.ChangeTracker.Clear();
        context.Set<ChecklistReview>().AsNoTracking().Single().Should().BeEquivalentTo(review, o => o.ComparingByMembers<ReviewTransition>());
        HistoryChainVerifier.Verify<ReviewTransition>(context, "c1").Should().Match<HistoryChainReport>(r => r.IsIntact && r.EntryCount == 4 && r.Head!.Sequence == 4);
    }
}
