using AccountabilityKit.EntityFrameworkCore.Model;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.AspNetCore.Tests.Stored;

/// <summary>A host's context that applies the kit's model (every module).</summary>
public sealed class StoredTestContext(DbContextOptions<StoredTestContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyAccountabilityKit(o => o.ProviderMapsNodaTime = Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL");
}
