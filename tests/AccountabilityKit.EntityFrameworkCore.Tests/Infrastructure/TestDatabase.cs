using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>The two real databases every persistence test runs on.</summary>
public enum DatabaseKind
{
    /// <summary>SQLite in memory (the embedded default), one open connection per test database.</summary>
    Sqlite,

    /// <summary>PostgreSQL from <c>AKIT_POSTGRES</c>, one fresh database per test database.</summary>
    Postgres,
}

/// <summary>
/// One empty, real database for a test (or a test class, as an xunit fixture): SQLite in memory or a fresh PostgreSQL
/// database that is dropped on dispose. <see cref="Options{TContext}"/> configures a user's own context type for it.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly SqliteConnection? _sqlite;

    private TestDatabase(DatabaseKind kind, SqliteConnection? sqlite, string connectionString)
    {
        Kind = kind;
        _sqlite = sqlite;
        ConnectionString = connectionString;
    }

    /// <summary>Which database this is.</summary>
    public DatabaseKind Kind { get; }

    /// <summary>The connection string (for raw SQL in tamper tests).</summary>
    public string ConnectionString { get; }

    /// <summary>Creates an empty database of the given kind.</summary>
    public static TestDatabase Create(DatabaseKind kind, string purpose = "test")
    {
        if (kind == DatabaseKind.Sqlite)
        {
            var connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
            return new TestDatabase(kind, connection, connection.ConnectionString);
        }

        return new TestDatabase(kind, null, PostgresServer.CreateDatabase(purpose));
    }

    /// <summary>Options for <typeparamref name="TContext"/> on this database (Npgsql with its NodaTime plugin).</summary>
    public DbContextOptions<TContext> Options<TContext>(Action<DbContextOptionsBuilder<TContext>>? configure = null)
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        if (_sqlite is not null)
        {
            builder.UseSqlite(_sqlite);
        }
        else
        {
            builder.UseNpgsql(ConnectionString, npgsql => npgsql.UseNodaTime());
        }

        builder.EnableSensitiveDataLogging();
        configure?.Invoke(builder);
        return builder.Options;
    }

    /// <summary>Closes the SQLite connection or drops the PostgreSQL database.</summary>
    public void Dispose()
    {
        if (_sqlite is not null)
        {
            _sqlite.Dispose();
        }
        else
        {
            PostgresServer.DropDatabase(ConnectionString);
        }
    }
}
