using System.Net.Http.Headers;
using AccountabilityKit.Cli.Serve;
using NodaTime;

namespace AccountabilityKit.AspNetCore.Tests.EndToEnd;

/// <summary>The host <c>akit serve</c> builds, started in process on real Kestrel on a free loopback port.</summary>
public sealed class ServedKit : IAsyncDisposable
{
    private readonly ServeHost _host;

    private ServedKit(ServeHost host, Uri address)
    {
        _host = host;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>A client of the served host (no credentials).</summary>
    public HttpClient Client { get; }

    /// <summary>The printed development token.</summary>
    public string Token => _host.DevelopmentToken!;

    /// <summary>Starts the host on SQLite (<paramref name="file"/>) or PostgreSQL, with a development token for <paramref name="unit"/>.</summary>
    internal static async Task<ServedKit> StartAsync(string? file, string? postgres, string unit)
    {
        var settings = new ServeSettings
        {
            DatabaseFile = file ?? "unused.db",
            Postgres = postgres,
            Urls = "http://127.0.0.1:0",
            DevTokenUnit = unit,
            ConsoleLogs = false,
        };
        var host = await ServeHost.CreateAsync(settings, SystemClockForTests.Instance, CancellationToken.None);
        await host.StartAsync(CancellationToken.None);
        return new ServedKit(host, new Uri(host.Addresses.Single()));
    }

    /// <summary>A request with the development token.</summary>
    public HttpRequestMessage Authorized(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return request;
    }

    /// <summary>Stops the host gracefully.</summary>
    public Task StopAsync() => _host.StopAsync(CancellationToken.None);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
    }
}

/// <summary>The real clock for the served host (the tokens must be valid now).</summary>
internal static class SystemClockForTests
{
#pragma warning disable RS0030
    public static IClock Instance => SystemClock.Instance;
#pragma warning restore RS0030
}
