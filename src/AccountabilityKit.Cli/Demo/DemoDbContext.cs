using AccountabilityKit.EntityFrameworkCore.Model;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.Cli.Demo;

/// <summary>
/// The tool's own EF Core context over the demo's SQLite file: the EF Core package's mappings
/// (<c>ApplyAccountabilityKit</c>) plus one table of JSON documents for the aggregates it does not map yet.
/// </summary>
internal sealed class DemoDbContext(DbContextOptions<DemoDbContext> options) : DbContext(options)
{
    public DbSet<StoredDocument> Documents => Set<StoredDocument>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyAccountabilityKit();
        modelBuilder.Entity<StoredDocument>(document =>
        {
            document.ToTable("demo_documents");
            document.HasKey(d => d.Id);
            document.Property(d => d.Kind).IsRequired();
            document.Property(d => d.Key).IsRequired();
            document.Property(d => d.Json).IsRequired();
            document.HasIndex(d => new { d.Kind, d.Key }).IsUnique();
        });
    }
}
