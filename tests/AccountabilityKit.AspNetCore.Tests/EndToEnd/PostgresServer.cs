using Npgsql;

namespace AccountabilityKit.AspNetCore.Tests.EndToEnd;

/// <summary>The PostgreSQL server of the end-to-end tests: the connection string in <c>AKIT_POSTGRES</c>.</summary>
public static class PostgresServer
{
    /// <summary>The environment variable holding a connection string to a role that may create databases.</summary>
    public const string Variable = "AKIT_POSTGRES";

    /// <summary>The configured connection string, or <see langword="null"/>.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why a PostgreSQL test is skipped here (no server and not under CI), or <see langword="null"/>.</summary>
    public static string? SkipReason() =>
        ConnectionString is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? $"PostgreSQL tests need a server: export {Variable} and run the tests again."
            : null;

    /// <summary>Creates a fresh database and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var admin = ConnectionString ?? throw new InvalidOperationException($"CI=true but {Variable} is not set.");
        var name = $"akit_e2e_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>.</summary>
    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
