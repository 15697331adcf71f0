using AccountabilityKit.EntityFrameworkCore.Model;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Migrations;

/// <summary>A user's context whose schema is managed by the migrations committed under Migrations/Sqlite.</summary>
public sealed class SqliteMigrationsContext(DbContextOptions<SqliteMigrationsContext> options) : DbContext(options)
{
    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyAccountabilityKit();
}

/// <summary>A user's context whose schema is managed by the migrations committed under Migrations/Postgres (NodaTime native).</summary>
public sealed class PostgresMigrationsContext(DbContextOptions<PostgresMigrationsContext> options) : DbContext(options)
{
    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyAccountabilityKit(o => o.ProviderMapsNodaTime = true);
}
