namespace AccountabilityKit.AspNetCore.Tests.Stored;

/// <summary>One host per database for a test class (its own SQLite connection and its own PostgreSQL database).</summary>
public sealed class StoredHosts : IAsyncLifetime
{
    private readonly Lazy<Task<StoredHost>> _sqlite = new(() => StoredHost.StartAsync(false));
    private readonly Lazy<Task<StoredHost>> _postgres = new(() => StoredHost.StartAsync(true));

    /// <summary>SQLite always; PostgreSQL when <c>AKIT_POSTGRES</c> is set or under CI (where a missing server fails).</summary>
    public static TheoryData<bool> Databases
    {
        get
        {
            var data = new TheoryData<bool> { false };
            if (StoredDatabase.PostgresSkipReason is null)
            {
                data.Add(true);
            }

            return data;
        }
    }

    public Task<StoredHost> GetAsync(bool postgres) => postgres ? _postgres.Value : _sqlite.Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in new[] { _sqlite, _postgres })
        {
            if (host.IsValueCreated)
            {
                await (await host.Value).DisposeAsync();
            }
        }
    }
}
