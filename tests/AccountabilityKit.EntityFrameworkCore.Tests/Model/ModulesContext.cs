using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Model;

/// <summary>
/// A user's context that maps only some modules: <c>ApplyAccountabilityKit(o =&gt; o.Checklists()…)</c>. EF Core caches
/// one model per context type, so the test context keys its model by the modules it names (a host has one context
/// type per module set and needs none of this).
/// </summary>
public sealed class ModulesContext(DbContextOptions<ModulesContext> options, IReadOnlyList<AccountabilityKitModule> modules)
    : DbContext(options)
{
    /// <summary>The modules named; empty for the default (all).</summary>
    public IReadOnlyList<AccountabilityKitModule> Modules { get; } = modules;

    /// <summary>A context naming <paramref name="modules"/> on <paramref name="database"/>, with the kit's interceptor.</summary>
    public static ModulesContext Create(TestDatabase database, params AccountabilityKitModule[] modules)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new ModulesContext(
            database.Options<ModulesContext>(b => b.UseAccountabilityKit(KitDbContext.TestHistory).ReplaceService<IModelCacheKeyFactory, ModulesCacheKey>()),
            modules);
    }

    /// <summary>Names <paramref name="module"/> on the options, as a host writes it.</summary>
    public static AccountabilityKitModelOptions Name(AccountabilityKitModelOptions options, AccountabilityKitModule module)
    {
        ArgumentNullException.ThrowIfNull(options);
        return module switch
        {
            AccountabilityKitModule.Organization => options.Organization(),
            AccountabilityKitModule.Checklists => options.Checklists(),
            AccountabilityKitModule.Assessment => options.Assessment(),
            AccountabilityKitModule.Accountability => options.Accountability(),
            AccountabilityKitModule.Statistics => options.Statistics(),
            _ => throw new ArgumentOutOfRangeException(nameof(module)),
        };
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyAccountabilityKit(o =>
        {
            o.ProviderMapsNodaTime = Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";
            foreach (var module in Modules)
            {
                Name(o, module);
            }
        });

    private sealed class ModulesCacheKey : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            (context.GetType(), string.Join(",", ((ModulesContext)context).Modules), context.Database.ProviderName, designTime);
    }
}
