using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AccountabilityKit.AspNetCore.Tests.Stored;

/// <summary>The real databases of the stored-data tests: SQLite in memory (one shared connection), or a fresh PostgreSQL database from <c>AKIT_POSTGRES</c>, dropped afterwards.</summary>
public sealed class StoredDatabase : IDisposable
{
    public const string Variable = "AKIT_POSTGRES";

    private readonly SqliteConnection? _sqlite;
    private readonly string? _postgres;

    private StoredDatabase(SqliteConnection? sqlite, string? postgres)
    {
        _sqlite = sqlite;
        _postgres = postgres;
    }

    public bool IsPostgres => _postgres is not null;

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when PostgreSQL tests may run; the reason to skip otherwise (only when the variable is unset and CI is not).</summary>
    public static string? PostgresSkipReason =>
        PostgresConnectionString is null && !IsCi
            ? $"PostgreSQL tests need a server: export {Variable} (eng/start-postgres.sh) and run them again."
            : null;

    public static StoredDatabase Create(bool postgres)
    {
        if (!postgres)
        {
            var connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
            return new StoredDatabase(connection, null);
        }

        var admin = new NpgsqlConnectionStringBuilder(PostgresConnectionString
            ?? throw new InvalidOperationException($"CI=true but {Variable} is not set."));
        var name = $"akit_http_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }

        return new StoredDatabase(null, new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name, Pooling = false }.ConnectionString);
    }

    public void Configure(DbContextOptionsBuilder builder)
    {
        if (_sqlite is not null)
        {
            builder.UseSqlite(_sqlite);
        }
        else
        {
            builder.UseNpgsql(_postgres, npgsql => npgsql.UseNodaTime());
        }
    }

    public void Dispose()
    {
        if (_sqlite is not null)
        {
            _sqlite.Dispose();
            return;
        }

        var name = new NpgsqlConnectionStringBuilder(_postgres).Database!;
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
