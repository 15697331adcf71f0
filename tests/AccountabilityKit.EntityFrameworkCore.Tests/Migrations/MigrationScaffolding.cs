using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Migrations;

/// <summary>
/// Scaffolds a migration for a context with EF Core's design-time services (what <c>dotnet ef migrations add</c> does),
/// using the provider's own design-time services found through its <see cref="DesignTimeProviderServicesAttribute"/>.
/// </summary>
public static class MigrationScaffolding
{
    /// <summary>Scaffolds migration <paramref name="name"/> for <paramref name="context"/> into namespace <paramref name="subNamespace"/>.</summary>
    public static ScaffoldedMigration Scaffold(DbContext context, string name, string subNamespace)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = new ServiceCollection();
        services.AddEntityFrameworkDesignTimeServices();
        services.AddDbContextDesignTimeServices(context);
        var providerAssembly = Assembly.Load(new AssemblyName(context.Database.ProviderName!));
        var attribute = providerAssembly.GetCustomAttribute<DesignTimeProviderServicesAttribute>()!;
        var designTime = (IDesignTimeServices)Activator.CreateInstance(providerAssembly.GetType(attribute.TypeName, throwOnError: true)!)!;
        designTime.ConfigureDesignTimeServices(services);
        using var provider = services.BuildServiceProvider();
        var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
        return scaffolder.ScaffoldMigration(name, typeof(MigrationScaffolding).Namespace!, subNamespace, "C#");
    }
}
