using System.Diagnostics;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// The same synthetic facts loaded once in each engine's own form, with the time each load took: a struct array
/// (generated first; every other form is built from it), a <see cref="List{T}"/> of <see cref="AccountabilityFact"/>
/// objects, a <see cref="FactTable"/>, an in-memory SQLite table (narrow integer columns, bulk insert with one
/// prepared command in one transaction, then an index on (region, year) as a user would add for these reports) and an
/// in-process DuckDB table (loaded with its appender).
/// </summary>
internal sealed class StatisticsDataSet : IDisposable
{
    /// <summary>The seed of every statistics benchmark.</summary>
    public const int Seed = 2026;

    /// <summary>The forms, in the order of <see cref="LoadSeconds"/>.</summary>
    public static readonly string[] Forms = ["struct array", "fact objects", "FactTable", "SQLite", "DuckDB"];

    private static readonly string[] SqliteParameters =
        ["$case_no", "$region", "$unit", "$year", "$quarter", "$subject_kind", "$form", "$is_typical", "$persons", "$organizations", "$typical_cases"];

    private StatisticsDataSet(int rows) => Count = rows;

    public int Count { get; }

    public AccountabilityFactRow[] Rows { get; private set; } = [];

    public List<AccountabilityFact> Facts { get; private set; } = [];

    public FactTable Table { get; private set; } = null!;

    public SqliteConnection Sqlite { get; private set; } = null!;

    public DuckDBConnection DuckDb { get; private set; } = null!;

    /// <summary>Seconds each form took to load, in the order of <see cref="Forms"/>.</summary>
    public double[] LoadSeconds { get; } = new double[5];

    public static StatisticsDataSet Load(int rows)
    {
        var data = new StatisticsDataSet(rows);
        try
        {
            data.LoadSeconds[0] = Time(() => data.Rows = SyntheticAccountabilityFacts.Generate(rows, Seed));
            data.LoadSeconds[1] = Time(() => data.Facts = SyntheticAccountabilityFacts.ToFacts(data.Rows));
            data.LoadSeconds[2] = Time(() => data.Table = ColumnarStatistics.Load(data.Facts));
            data.LoadSeconds[3] = Time(() => data.Sqlite = LoadSqlite(data.Rows));
            data.LoadSeconds[4] = Time(() => data.DuckDb = LoadDuckDb(data.Rows));
            return data;
        }
        catch
        {
            data.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Sqlite?.Dispose();
        DuckDb?.Dispose();
    }

    private static double Time(Action load)
    {
        var stopwatch = Stopwatch.StartNew();
        load();
        return stopwatch.Elapsed.TotalSeconds;
    }

    private static SqliteConnection LoadSqlite(AccountabilityFactRow[] rows)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, """
            CREATE TABLE facts (
                case_no INTEGER NOT NULL, region INTEGER NOT NULL, unit INTEGER NOT NULL, year INTEGER NOT NULL,
                quarter INTEGER NOT NULL, subject_kind INTEGER NOT NULL, form INTEGER NOT NULL, is_typical INTEGER NOT NULL,
                persons INTEGER NOT NULL, organizations INTEGER NOT NULL, typical_cases INTEGER NOT NULL)
            """);
        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO facts VALUES ($case_no, $region, $unit, $year, $quarter, $subject_kind, $form, $is_typical, $persons, $organizations, $typical_cases)";
            var p = SqliteParameters
                .Select(name => insert.Parameters.Add(name, SqliteType.Integer))
                .ToArray();
            insert.Prepare();
            foreach (ref readonly var row in rows.AsSpan())
            {
                p[0].Value = row.Case;
                p[1].Value = row.Region;
                p[2].Value = row.Unit;
                p[3].Value = row.Year;
                p[4].Value = row.Quarter;
                p[5].Value = row.SubjectKind;
                p[6].Value = row.Form;
                p[7].Value = row.IsTypical;
                p[8].Value = row.Persons;
                p[9].Value = row.Organizations;
                p[10].Value = row.TypicalCases;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        Execute(connection, "CREATE INDEX ix_facts_region_year ON facts (region, year)");
        return connection;
    }

    private static DuckDBConnection LoadDuckDb(AccountabilityFactRow[] rows)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, """
            CREATE TABLE facts (
                case_no INTEGER NOT NULL, region USMALLINT NOT NULL, unit USMALLINT NOT NULL, year SMALLINT NOT NULL,
                quarter UTINYINT NOT NULL, subject_kind UTINYINT NOT NULL, form UTINYINT NOT NULL, is_typical UTINYINT NOT NULL,
                persons UTINYINT NOT NULL, organizations UTINYINT NOT NULL, typical_cases UTINYINT NOT NULL)
            """);
        using (var appender = connection.CreateAppender("facts"))
        {
            foreach (ref readonly var row in rows.AsSpan())
            {
                appender.CreateRow()
                    .AppendValue(row.Case)
                    .AppendValue(row.Region)
                    .AppendValue(row.Unit)
                    .AppendValue(row.Year)
                    .AppendValue(row.Quarter)
                    .AppendValue(row.SubjectKind)
                    .AppendValue(row.Form)
                    .AppendValue(row.IsTypical)
                    .AppendValue(row.Persons)
                    .AppendValue(row.Organizations)
                    .AppendValue(row.TypicalCases)
                    .EndRow();
            }
        }

        return connection;
    }

    private static void Execute(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
