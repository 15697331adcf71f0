using AccountabilityKit.EntityFrameworkCore.Conversions;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Model;

/// <summary>Adds AccountabilityKit's entities to a user's own <see cref="DbContext"/> model.</summary>
public static class AccountabilityKitModelBuilderExtensions
{
    /// <summary>
    /// Adds the entities of AccountabilityKit's modules to <paramref name="modelBuilder"/> — every module unless
    /// <paramref name="configure"/> names some (<c>o =&gt; o.Checklists().Assessment()</c>, see
    /// <see cref="AccountabilityKitModule"/>): organisation units; checklist templates, checklists, review histories and
    /// duty records; findings, score cards, their versions and rule-set versions; accountability cases, their decisions
    /// and regulation-pack versions; statistics facts. Call it from <c>OnModelCreating</c>, and register <see cref="AccountabilityKitDbContextOptionsExtensions.UseAccountabilityKit{TContext}(DbContextOptionsBuilder{TContext})"/>
    /// on the options so concurrency stamps and history hashes are maintained on save.
    /// </summary>
    /// <param name="modelBuilder">The user's model builder.</param>
    /// <param name="configure">Optional: modules, table prefix, schema, NodaTime mapping.</param>
    /// <returns>The same model builder.</returns>
    public static ModelBuilder ApplyAccountabilityKit(this ModelBuilder modelBuilder, Action<AccountabilityKitModelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var options = new AccountabilityKitModelOptions();
        configure?.Invoke(options);
        foreach (var area in ModelAreas.Selected(options))
        {
            area.Configure(modelBuilder, options);
        }

        // Conventions over everything the areas added: value conversions for our value types and NodaTime, and the
        // schema. Areas only say what is specific to them.
        KitConversions.Apply(modelBuilder, options);

        return modelBuilder;
    }
}
