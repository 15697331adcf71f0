using AccountabilityKit.EntityFrameworkCore.Model;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>A user's own context, as a user writes it: one line in OnModelCreating adds AccountabilityKit.</summary>
public sealed class KitDbContext(DbContextOptions<KitDbContext> options, Action<AccountabilityKitModelOptions>? configure = null)
    : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyAccountabilityKit(o =>
        {
            o.ProviderMapsNodaTime = Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";
            configure?.Invoke(o);
        });

    /// <summary>A context on <paramref name="database"/> with the kit's interceptor, schema created.</summary>
    public static KitDbContext Create(TestDatabase database, bool ensureCreated = true)
    {
        ArgumentNullException.ThrowIfNull(database);
        var context = new KitDbContext(database.Options<KitDbContext>(b => b.UseAccountabilityKit()));
        if (ensureCreated)
        {
            context.Database.EnsureCreated();
        }

        return context;
    }
}
