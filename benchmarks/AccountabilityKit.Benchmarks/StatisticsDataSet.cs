using System.Diagnostics;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// The same synthetic facts in each engine's own form, each loaded on first use and timed: a struct array
/// (generated first; every other form is built from it), a <see cref="List{T}"/> of <see cref="AccountabilityFact"/>
/// objects, a <see cref="FactTable"/>, an in-memory SQLite table (narrow integer columns, bulk insert with one
/// prepared command in one transaction, then an index on (region, year) as a user would add for these reports) and an
/// in-process DuckDB table (loaded with its appender). One data set per process is kept (<see cref="For"/>), so when
/// the benchmarks run in process, each row count is loaded once per benchmark class, not once per method.
/// </summary>
internal sealed class StatisticsDataSet : IDisposable
{
    /// <summary>The seed of every statistics benchmark.</summary>
    public const int Seed = 2026;

    /// <summary>The forms, in the order of <see cref="LoadSeconds"/>.</summary>
    public static readonly string[] Forms = ["struct array", "fact objects", "FactTable", "SQLite", "DuckDB"];

    private static readonly string[] SqliteParameters =
        ["$case_no", "$region", "$unit", "$year", "$quarter", "$subject_kind", "$form", "$is_typical", "$persons", "$organizations", "$typical_cases"];

    private static StatisticsDataSet? s_current;

    private AccountabilityFactRow[]? _rows;
    private List<AccountabilityFact>? _facts;
    private FactTable? _table;
    private SqliteConnection? _sqlite;
    private DuckDBConnection? _duckDb;

    private StatisticsDataSet(string benchmark, int rows)
    {
        Benchmark = benchmark;
        Count = rows;
    }

    /// <summary>The benchmark class the data is loaded for (each class loads its own, so its load times are its own).</summary>
    public string Benchmark { get; }

    /// <summary>The number of rows.</summary>
    public int Count { get; }

    /// <summary>Whether every form is loaded and the load times are reported.</summary>
    public bool IsReady { get; set; }

    /// <summary>Whether the five methods were checked to agree on this data.</summary>
    public bool IsVerified { get; set; }

    public AccountabilityFactRow[] Rows => _rows ??= Timed(0, () => SyntheticAccountabilityFacts.Generate(Count, Seed));

    public List<AccountabilityFact> Facts => _facts ??= Timed(1, Rows, SyntheticAccountabilityFacts.ToFacts);

    public FactTable Table => _table ??= Timed(2, Facts, ColumnarStatistics.Load);

    public SqliteConnection Sqlite => _sqlite ??= Timed(3, Rows, LoadSqlite);

    public DuckDBConnection DuckDb => _duckDb ??= Timed(4, Rows, LoadDuckDb);

    /// <summary>Seconds each form took to load in this process (<see langword="null"/>: not loaded yet), in the order of <see cref="Forms"/>.</summary>
    public double?[] LoadSeconds { get; } = new double?[5];

    /// <summary>The data set of <paramref name="rows"/> rows for <paramref name="benchmark"/>: the one this process holds, or a new one (the previous one is released).</summary>
    public static StatisticsDataSet For(string benchmark, int rows)
    {
        if (s_current is { } current && current.Count == rows && current.Benchmark == benchmark)
        {
            return current;
        }

        s_current?.Dispose();
        s_current = null;
        GC.Collect();
        return s_current = new StatisticsDataSet(benchmark, rows);
    }

    /// <summary>A data set of <paramref name="rows"/> rows that is not kept by the process (for warming up); dispose it.</summary>
    public static StatisticsDataSet Sample(int rows) => new(nameof(Sample), rows);

    /// <summary>Loads every form not loaded yet.</summary>
    public void LoadAll()
    {
        _ = Rows;
        _ = Facts;
        _ = Table;
        _ = Sqlite;
        _ = DuckDb;
    }

    public void Dispose()
    {
        _sqlite?.Dispose();
        _duckDb?.Dispose();
    }

    private T Timed<T>(int form, Func<T> load)
    {
        var stopwatch = Stopwatch.StartNew();
        var loaded = load();
        LoadSeconds[form] = stopwatch.Elapsed.TotalSeconds;
        return loaded;
    }

    /// <summary>Times loading from <paramref name="source"/>, which is obtained (and loaded if needed) before the clock starts.</summary>
    private T Timed<TSource, T>(int form, TSource source, Func<TSource, T> load) => Timed(form, () => load(source));

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
