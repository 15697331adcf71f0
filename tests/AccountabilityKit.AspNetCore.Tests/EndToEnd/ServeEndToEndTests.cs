using System.Net;
using System.Text.Json;
using AccountabilityKit.Cli.Demo;
using AccountabilityKit.AspNetCore.Tests.Stored;
using FluentAssertions;

namespace AccountabilityKit.AspNetCore.Tests.EndToEnd;

/// <summary><c>akit serve</c>'s host on real Kestrel (loopback, port 0), on SQLite and on the real PostgreSQL.</summary>
public sealed class ServeEndToEndTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("akit-e2e-").FullName;

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task On_sqlite_the_served_host_answers_health_openapi_and_the_data_endpoints_with_and_without_a_token()
    {
        var file = Path.Combine(_directory, "served.db");
        await using (var kit = await ServedKit.StartAsync(file, null, "U-CITY"))
        {
            await ExerciseAsync(kit);
        }

        File.Exists(file).Should().BeTrue("the tool created the database file");
        DemoDatabaseFile.IsDemoDatabase(file).Should().BeTrue("the file carries the tool's application id");
        File.Exists(file + ".lock").Should().BeFalse("the lock is released after the run");
    }

    [Fact]
    public async Task A_second_start_on_the_same_file_reuses_it()
    {
        var file = Path.Combine(_directory, "again.db");
        await using (var first = await ServedKit.StartAsync(file, null, "U-1"))
        {
            await first.StopAsync();
        }

        await using var second = await ServedKit.StartAsync(file, null, "U-1");
        (await second.Client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_foreign_file_is_refused_and_left_as_it_was()
    {
        var file = Path.Combine(_directory, "foreign.db");
        await File.WriteAllTextAsync(file, "not a database of the tool");

        var start = () => ServedKit.StartAsync(file, null, "U-1");

        await start.Should().ThrowAsync<AccountabilityKit.Cli.Inputs.UsageException>();
        (await File.ReadAllTextAsync(file)).Should().Be("not a database of the tool");
    }

    [PostgresFact]
    public async Task On_postgresql_the_served_host_creates_its_schema_and_answers_the_same_way()
    {
        var database = PostgresServer.CreateDatabase();
        try
        {
            await using var kit = await ServedKit.StartAsync(null, database, "U-CITY");
            await ExerciseAsync(kit);
        }
        finally
        {
            PostgresServer.DropDatabase(database);
        }
    }

    private static async Task ExerciseAsync(ServedKit kit)
    {
        var health = await kit.Client.GetAsync(new Uri("/health", UriKind.Relative));
        health.StatusCode.Should().Be(HttpStatusCode.OK);
        (await health.Content.ReadAsStringAsync()).Should().Be("Healthy");

        var openApi = await kit.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        openApi.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await openApi.Content.ReadAsStringAsync());
        document.RootElement.GetProperty("openapi").GetString().Should().StartWith("3.");
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.Should().Contain("/akit/v1/data/org-units");

        var anonymous = await kit.Client.GetAsync(new Uri("/akit/v1/data/org-units", UriKind.Relative));
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        using var forged = new HttpRequestMessage(HttpMethod.Get, "/akit/v1/data/org-units");
        forged.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", kit.Token[..^4] + "AAAA");
        (await kit.Client.SendAsync(forged)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        using var request = kit.Authorized(HttpMethod.Get, "/akit/v1/data/org-units");
        var authorized = await kit.Client.SendAsync(request);
        authorized.StatusCode.Should().NotBe(HttpStatusCode.Unauthorized);
        ((int)authorized.StatusCode).Should().BeLessThan(500);

        await kit.StopAsync();
        var after = () => kit.Client.GetAsync(new Uri("/health", UriKind.Relative));
        await after.Should().ThrowAsync<HttpRequestException>("the host stopped and no longer listens");
    }
}
