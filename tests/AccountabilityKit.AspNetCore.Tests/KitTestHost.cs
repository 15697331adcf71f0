using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AccountabilityKit.AspNetCore.Tests;

/// <summary>A minimal host on the test server with the kit's services, middlewares and computation endpoints.</summary>
internal sealed class KitTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KitTestHost(WebApplication app) => _app = app;

    public HttpClient Client { get; private set; } = null!;

    public static async Task<KitTestHost> StartAsync(Action<AccountabilityKitHttpOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddAccountabilityKitHttp(configure);
        var app = builder.Build();
        app.UseAccountabilityKit();
        app.MapAccountabilityKit();
        await app.StartAsync();
        return new KitTestHost(app) { Client = app.GetTestClient() };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
