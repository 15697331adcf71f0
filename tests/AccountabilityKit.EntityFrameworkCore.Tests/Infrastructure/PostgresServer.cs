using Npgsql;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>The PostgreSQL server the tests use: the connection string in <c>AKIT_POSTGRES</c>.</summary>
public static class PostgresServer
{
    /// <summary>The environment variable holding an ADO.NET connection string to a role that may create databases.</summary>
    public const string Variable = "AKIT_POSTGRES";

    /// <summary>The configured connection string, or <see langword="null"/>.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>True when running under CI (<c>CI=true</c>), where PostgreSQL tests must run.</summary>
    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a PostgreSQL test is skipped here, or <see langword="null"/> when it must run.</summary>
    public static string? SkipReason() =>
        ConnectionString is null && !IsCi
            ? $"PostgreSQL tests need a server: run `export {Variable}=\"$(sudo eng/start-postgres.sh)\"` (installs and starts PostgreSQL on 127.0.0.1) and run the tests again."
            : null;

    /// <summary>The connection string, or a clear failure under CI when none is set.</summary>
    public static string RequireConnectionString() =>
        ConnectionString
        ?? throw new InvalidOperationException(
            $"CI=true but {Variable} is not set: .ci/run must start PostgreSQL (eng/start-postgres.sh) and export {Variable}.");

    /// <summary>Creates a fresh, uniquely named database and returns its connection string; drop it with <see cref="DropDatabase"/>.</summary>
    public static string CreateDatabase(string purpose)
    {
        var admin = new NpgsqlConnectionStringBuilder(RequireConnectionString());
        var name = $"akit_{purpose.ToLowerInvariant()}_{Guid.NewGuid():N}";
        name = name[..Math.Min(63, name.Length)];
        using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name, Pooling = false }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/> (forcing other sessions off).</summary>
    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        var admin = new NpgsqlConnectionStringBuilder(RequireConnectionString()) { Pooling = false };
        using var connection = new NpgsqlConnection(admin.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                command.ExecuteNonQuery();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                // FORCE may not terminate a server-owned session on the new database (an autovacuum worker); it ends
                // within moments, so wait and drop again.
                Thread.Sleep(250);
            }
        }
    }
}
