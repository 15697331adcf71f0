using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.EntityFrameworkCore.Statistics;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// Statistics push-down in PostgreSQL: group the accountability facts stored in a fresh database (binary COPY in the
/// global setup, not measured) by (region, year, form) with entries, person-times and distinct cadres.
/// Baseline: load every fact row through EF Core and aggregate in memory with the columnar engine; against it
/// <c>ExecuteStatRequestAsync</c>, which sends one SQL <c>GROUP BY</c> per grouping set and reads only the groups.
/// Needs <c>AKIT_POSTGRES</c> (eng/start-postgres.sh); without it the setup prints a message and both methods return
/// at once (the numbers then mean nothing). Rows: <c>AKIT_BENCH_ROWS</c> (default 1,000,000).
/// </summary>
[MemoryDiagnoser]
public class StatisticsPushDownBenchmarks
{
    private static readonly StatRequest Request = new()
    {
        Dimensions = [FactField.Region, FactField.Year, FactField.Form],
        Measures = [StatMeasure.Count(), StatMeasure.Sum(FactField.Persons), StatMeasure.DistinctCount(FactField.Person)],
        IncludeGrandTotal = true,
    };

    private string? _adminConnection;
    private string? _connection;

    /// <summary>The fact rows stored: <c>AKIT_BENCH_ROWS</c> or 1,000,000.</summary>
    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    /// <summary>The row counts to run.</summary>
    public static IEnumerable<int> RowCounts() =>
        [int.TryParse(Environment.GetEnvironmentVariable("AKIT_BENCH_ROWS"), out var rows) && rows > 0 ? rows : 1_000_000];

    [GlobalSetup]
    public void Setup()
    {
        _adminConnection = Environment.GetEnvironmentVariable("AKIT_POSTGRES");
        if (string.IsNullOrEmpty(_adminConnection))
        {
            Console.WriteLine("StatisticsPushDownBenchmarks: AKIT_POSTGRES is not set, so nothing is measured. Run `export AKIT_POSTGRES=\"$(sudo eng/start-postgres.sh)\"` first.");
            _adminConnection = null;
            return;
        }

        var name = $"akit_bench_{Guid.NewGuid():N}";
        using (var admin = new NpgsqlConnection(_adminConnection))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            create.ExecuteNonQuery();
        }

        _connection = new NpgsqlConnectionStringBuilder(_adminConnection) { Database = name }.ConnectionString;
        using (var context = CreateContext())
        {
            context.Database.EnsureCreated();
        }

        Copy(_connection, Rows);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_adminConnection is null || _connection is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(_adminConnection);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(_connection).Database}\" WITH (FORCE)", admin);

        // A server-owned session (autovacuum after the bulk load) may still be attached; FORCE may not terminate it as a
        // non-superuser (42501) — it ends on its own within moments, so retry briefly.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                drop.ExecuteNonQuery();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 40)
            {
                Thread.Sleep(250);
            }
        }
    }

    /// <summary>Load every fact row and aggregate in memory.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> LoadRowsAndAggregateInMemory()
    {
        if (_connection is null)
        {
            return 0;
        }

        using var context = CreateContext();
        var table = new FactTable();
        table.AppendRange(await context.Set<AccountabilityFact>().AsNoTracking().ToListAsync().ConfigureAwait(false));
        return ColumnarStatExecutor.Execute(table, Request).Rows.Length;
    }

    /// <summary>GROUP BY inside PostgreSQL; only the groups are read.</summary>
    [Benchmark]
    public async Task<int> PushDownGroupBy()
    {
        if (_connection is null)
        {
            return 0;
        }

        using var context = CreateContext();
        return (await context.Set<AccountabilityFact>().ExecuteStatRequestAsync(Request).ConfigureAwait(false)).Rows.Length;
    }

    private BenchContext CreateContext() =>
        new(new DbContextOptionsBuilder<BenchContext>().UseNpgsql(_connection, o => o.UseNodaTime()).Options);

    private static void Copy(string connectionString, int rows)
    {
        var regions = Enumerable.Range(0, 120).Select(i => $"R{i:D3}").ToArray();
        var random = new Random(2026);
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var writer = connection.BeginBinaryImport(
            "COPY ak_accountability_fact (\"CaseId\", \"Region\", \"Unit\", \"UnitKind\", \"Quarter\", \"SubjectKind\", \"Form\", \"IsTypical\", \"Person\", \"Persons\", \"Organizations\", \"Cases\", \"Subjects\", \"TypicalCases\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < rows; i++)
            {
                var unit = (int)(Math.Pow(random.NextDouble(), 2) * 20_000);
                var cadre = random.Next(10) < 8;
                writer.StartRow();
                writer.Write($"C{i / 3}", NpgsqlDbType.Text);
                writer.Write(regions[unit % regions.Length], NpgsqlDbType.Text);
                writer.Write($"U{unit:D5}", NpgsqlDbType.Text);
                writer.Write((int)UnitKind.CountyDepartment, NpgsqlDbType.Integer);
                writer.Write(((2016 + random.Next(10)) * 10) + 1 + random.Next(4), NpgsqlDbType.Integer);
                writer.Write((int)(cadre ? SubjectKind.Cadre : SubjectKind.Organization), NpgsqlDbType.Integer);
                writer.Write(random.Next(6), NpgsqlDbType.Integer);
                writer.Write(false, NpgsqlDbType.Boolean);
                if (cadre)
                {
                    writer.Write($"P{random.Next(200_000)}", NpgsqlDbType.Text);
                }
                else
                {
                    writer.WriteNull();
                }

                writer.Write(cadre ? 1 : 0, NpgsqlDbType.Integer);
                writer.Write(cadre ? 0 : 1, NpgsqlDbType.Integer);
                writer.Write(i % 3 == 0 ? 1 : 0, NpgsqlDbType.Integer);
                writer.Write(1, NpgsqlDbType.Integer);
                writer.Write(0, NpgsqlDbType.Integer);
            }

            writer.Complete();
        }

        using var analyze = new NpgsqlCommand("ANALYZE ak_accountability_fact", connection);
        analyze.ExecuteNonQuery();
    }

    /// <summary>A user's own context with AccountabilityKit's model on PostgreSQL.</summary>
    private sealed class BenchContext(DbContextOptions<BenchContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.ApplyAccountabilityKit(o => o.ProviderMapsNodaTime = true);
    }
}
