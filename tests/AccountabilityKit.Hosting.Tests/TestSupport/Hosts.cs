using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AccountabilityKit.Hosting.Tests.TestSupport;

/// <summary>Service providers set up as a host would: clock, org tree, logging, the kit.</summary>
internal static class Hosts
{
    public static ServiceProvider Build(Action<AccountabilityKitBuilder> kit, CapturingLoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(Fixtures.Clock);
        services.AddSingleton(Fixtures.Tree);
        services.AddLogging(b =>
        {
            b.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                b.AddProvider(logs);
            }
        });
        services.AddAccountabilityKit(kit);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>What the generic host does when it starts: runs every <c>ValidateOnStart</c> validation (if any was registered).</summary>
    public static void Start(IServiceProvider provider) => provider.GetService<IStartupValidator>()?.Validate();
}
