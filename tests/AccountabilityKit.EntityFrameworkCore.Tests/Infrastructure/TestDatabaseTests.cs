using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Infrastructure;

public sealed class TestDatabaseTests
{
    private sealed class EmptyContext(DbContextOptions<EmptyContext> options) : DbContext(options);

    [Fact]
    public void Create_Sqlite_AnswersAQuery()
    {
        using var database = TestDatabase.Create(DatabaseKind.Sqlite);
        using var context = new EmptyContext(database.Options<EmptyContext>());
        context.Database.SqlQueryRaw<int>("SELECT 41 + 1 AS \"Value\"").AsEnumerable().Single().Should().Be(42);
    }

    [PostgresFact]
    public void Create_Postgres_AnswersAQueryAndDropsItsDatabase()
    {
        string connectionString;
        using (var database = TestDatabase.Create(DatabaseKind.Postgres, "infra"))
        {
            connectionString = database.ConnectionString;
            using var context = new EmptyContext(database.Options<EmptyContext>());
            context.Database.SqlQueryRaw<int>("SELECT 41 + 1 AS \"Value\"").AsEnumerable().Single().Should().Be(42);
        }

        using var admin = new Npgsql.NpgsqlConnection(PostgresServer.RequireConnectionString());
        admin.Open();
        using var command = admin.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pg_database WHERE datname = @name";
        command.Parameters.AddWithValue("name", new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!);
        ((long)command.ExecuteScalar()!).Should().Be(0);
    }
}
