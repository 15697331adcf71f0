using System.Data.Common;
using System.Globalization;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// The common part of the statistics benchmarks (<see cref="StatisticsQ1Benchmarks"/>, <see cref="StatisticsQ2Benchmarks"/>,
/// <see cref="StatisticsQ3Benchmarks"/>): the rows parameter (1M and 10M, or <c>AKIT_BENCH_ROWS</c>), the synthetic facts
/// loaded once per class and row count in every engine's own form (<see cref="StatisticsDataSet"/>; load times reported
/// by <see cref="StatisticsLoadTimes"/>, not measured), a one-time check that the five methods agree, and a short job:
/// one launch, one warm-up and three measured iterations of one invocation each (the queries take milliseconds to seconds).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[Config(typeof(Config))]
public abstract class StatisticsBenchmarks : IDisposable
{
    private StatisticsDataSet? _data;

    /// <summary>The number of fact rows.</summary>
    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    /// <summary>The row counts: <see cref="StatisticsRowCounts.FromEnvironment"/>.</summary>
    public static IEnumerable<int> RowCounts => StatisticsRowCounts.FromEnvironment();

    /// <summary>The facts as a struct array (for the hand-written loop).</summary>
    private protected AccountabilityFactRow[] Structs => Data.Rows;

    /// <summary>The facts as objects (for the naive LINQ baseline).</summary>
    protected List<AccountabilityFact> Facts => Data.Facts;

    /// <summary>The facts in our columnar table.</summary>
    protected FactTable Table => Data.Table;

    /// <summary>The facts in an in-memory SQLite database, table <c>facts</c>.</summary>
    protected DbConnection Sqlite => Data.Sqlite;

    /// <summary>The facts in an in-process DuckDB database, table <c>facts</c>.</summary>
    protected DbConnection DuckDb => Data.DuckDb;

    private StatisticsDataSet Data => _data ?? throw new InvalidOperationException("The global setup has not run.");

    /// <summary>The form of the data each benchmark method queries (the key of its load time).</summary>
    public static string FormOf(string method) => method switch
    {
        nameof(NaiveLinqGroupBy) => "fact objects",
        nameof(DictionaryLoop) => "struct array",
        nameof(SqliteGroupBy) => "SQLite",
        nameof(DuckDbGroupBy) => "DuckDB",
        nameof(ColumnarEngine) => "FactTable",
        _ => method,
    };

    /// <summary>Loads the data in every form, reports the load times and checks that all five methods agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _data?.Dispose();
        _data = StatisticsDataSet.Load(Rows);
        StatisticsLoadTimes.Record(GetType().Name, _data, ColumnarStatistics.BytesPerRow(_data.Table));

        (string Method, StatisticsDigest Digest)[] results =
        [
            (nameof(NaiveLinqGroupBy), NaiveLinqGroupBy()),
            (nameof(DictionaryLoop), DictionaryLoop()),
            (nameof(SqliteGroupBy), SqliteGroupBy()),
            (nameof(DuckDbGroupBy), DuckDbGroupBy()),
            (nameof(ColumnarEngine), ColumnarEngine()),
        ];
        var described = string.Join(Environment.NewLine, results.Select(r => $"//   {r.Method}: {r.Digest}"));
        if (results.Any(r => r.Digest != results[0].Digest) || results[0].Digest.Entries != Rows)
        {
            throw new InvalidOperationException($"The statistics methods of {GetType().Name} disagree at {Rows} rows (or miss rows):{Environment.NewLine}{described}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {GetType().Name}: all five methods agree at {Rows:N0} rows: {results[0].Digest}"));
    }

    /// <summary>Closes the databases.</summary>
    [GlobalCleanup]
    public void Cleanup() => Dispose();

    /// <inheritdoc />
    public void Dispose()
    {
        _data?.Dispose();
        _data = null;
        GC.SuppressFinalize(this);
    }

    /// <summary>Baseline: naive LINQ <c>GroupBy</c> over the <see cref="List{T}"/> of fact objects, as a user would write it.</summary>
    public abstract StatisticsDigest NaiveLinqGroupBy();

    /// <summary>A hand-written <c>Dictionary</c> of accumulators over the struct array.</summary>
    public abstract StatisticsDigest DictionaryLoop();

    /// <summary>SQL <c>GROUP BY</c> in in-memory SQLite.</summary>
    public abstract StatisticsDigest SqliteGroupBy();

    /// <summary>SQL <c>GROUP BY</c> in in-process DuckDB (default threads).</summary>
    public abstract StatisticsDigest DuckDbGroupBy();

    /// <summary>Our columnar engine over the <see cref="FactTable"/>.</summary>
    public abstract StatisticsDigest ColumnarEngine();

    /// <summary>Runs <paramref name="sql"/> and digests its rows, whose four measures start at column <paramref name="firstMeasure"/>.</summary>
    protected static StatisticsDigest Query(DbConnection connection, string sql, int firstMeasure)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The SQL is a constant of the benchmark class.
        command.CommandText = sql;
#pragma warning restore CA2100
        using var reader = command.ExecuteReader();
        return StatisticsDigest.Read(reader, firstMeasure);
    }

    /// <summary>Adds the load-time and ns/row columns to the summary.</summary>
    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new StatisticsLoadColumn(), new StatisticsNanosecondsPerRowColumn());
    }
}
