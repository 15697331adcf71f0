using AccountabilityKit.AspNetCore;
using AccountabilityKit.AspNetCore.OpenApi;
using AccountabilityKit.AspNetCore.Problems;
using AccountabilityKit.Cli.Demo;
using AccountabilityKit.EntityFrameworkCore.Model;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AccountabilityKit.Cli.Serve;

/// <summary>
/// The web host <c>akit serve</c> runs, factored so that tests start the very same host in process on real Kestrel:
/// the kit's endpoints over the tool's context (<c>MapAccountabilityKit&lt;DemoDbContext&gt;()</c>), OpenAPI at
/// <c>/openapi/v1.json</c>, <c>/health</c> (including the database), JWT bearer authentication.
/// </summary>
internal sealed class ServeHost : IAsyncDisposable
{
    private readonly DemoDatabaseFile? _file;

    private ServeHost(WebApplication app, DemoDatabaseFile? file, string? token)
    {
        App = app;
        _file = file;
        DevelopmentToken = token;
    }

    /// <summary>The application (started by <see cref="StartAsync"/>).</summary>
    public WebApplication App { get; }

    /// <summary>The signed development token, when one was asked for.</summary>
    public string? DevelopmentToken { get; }

    /// <summary>The addresses Kestrel listens on, once started (port 0 resolved).</summary>
    public IReadOnlyList<string> Addresses =>
        App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    /// <summary>
    /// Builds the host: claims and prepares the database (SQLite: a file the tool created, or none yet; PostgreSQL:
    /// the schema is created when missing), configures authentication, maps the endpoints. Not started yet.
    /// </summary>
    public static async Task<ServeHost> CreateAsync(ServeSettings settings, IClock clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        var jwt = ServeJwt.From(settings, builder.Configuration);
        builder.WebHost.UseUrls(settings.Urls);
        builder.Logging.ClearProviders();
        if (settings.ConsoleLogs)
        {
            if (settings.JsonLogs)
            {
                builder.Logging.AddJsonConsole();
            }
            else
            {
                builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            }
        }

        DemoDatabaseFile? file = null;
        try
        {
            Action<DbContextOptionsBuilder> database;
            if (settings.Postgres is { } postgres)
            {
                database = o => o.UseNpgsql(postgres, npgsql => npgsql.UseNodaTime());
            }
            else
            {
                file = DemoDatabaseFile.Claim(settings.DatabaseFile);
                var path = await PrepareSqliteAsync(file, cancellationToken).ConfigureAwait(false);
                var connection = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite }.ToString();
                database = o => o.UseSqlite(connection);
            }

            builder.Services.AddSingleton(clock);
            builder.Services.AddDbContext<DemoDbContext>(o =>
            {
                database(o);
                o.UseAccountabilityKit(history => history.Clock = clock);
            });
            builder.Services.AddAccountabilityKitHttp();
            builder.Services.AddOpenApi(o => o.AddAccountabilityKit());
            builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
            builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddJwtBearer(o =>
                {
                    o.TokenValidationParameters = jwt.Validation();
                    o.MapInboundClaims = false;
                    o.Events = new JwtBearerEvents
                    {
                        OnChallenge = context =>
                        {
                            context.HandleResponse();
                            return KitProblems.WriteUnauthenticatedAsync(context.HttpContext);
                        },
                    };
                });
            builder.Services.AddAuthorization();

            var app = builder.Build();
            if (settings.Postgres is not null)
            {
                var scope = app.Services.CreateAsyncScope();
                await using (scope.ConfigureAwait(false))
                {
                    var db = scope.ServiceProvider.GetRequiredService<DemoDbContext>();
                    await db.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            app.UseAuthentication();
            app.UseAuthorization();
            app.UseAccountabilityKit();
            app.MapOpenApi();
            app.MapHealthChecks("/health");
            app.MapAccountabilityKit<DemoDbContext>();

            string? token = null;
            if (settings.DevTokenUnit is { } unit)
            {
                var claimType = app.Services.GetRequiredService<IOptions<AccountabilityKitHttpOptions>>().Value.OrgUnitClaimType;
                token = jwt.CreateToken(claimType, unit, clock, Duration.FromHours(12));
            }

            return new ServeHost(app, file, token);
        }
        catch
        {
            file?.Dispose();
            throw;
        }
    }

    /// <summary>Starts Kestrel.</summary>
    public Task StartAsync(CancellationToken cancellationToken) => App.StartAsync(cancellationToken);

    /// <summary>Stops Kestrel gracefully (requests in flight finish).</summary>
    public Task StopAsync(CancellationToken cancellationToken) => App.StopAsync(cancellationToken);

    /// <summary>Disposes the application and releases the database file.</summary>
    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync().ConfigureAwait(false);
        _file?.Dispose();
    }

    /// <summary>
    /// The SQLite file to serve: the existing file (one the tool wrote, checked by the claim) with the kit's schema, or
    /// a new one written beside it and renamed into place. Nothing the tool did not create is touched.
    /// </summary>
    private static async Task<string> PrepareSqliteAsync(DemoDatabaseFile file, CancellationToken cancellationToken)
    {
        if (File.Exists(file.FullPath))
        {
            return file.FullPath;
        }

        var scratch = file.CreateScratch();
        var options = new DbContextOptionsBuilder<DemoDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = scratch, Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ToString())
            .UseAccountabilityKit()
            .Options;
        var db = new DemoDbContext(options);
        await using (db.ConfigureAwait(false))
        {
            await db.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync(DemoDatabaseFile.StampApplicationId, cancellationToken).ConfigureAwait(false);
        }

        file.Commit();
        return file.FullPath;
    }
}
