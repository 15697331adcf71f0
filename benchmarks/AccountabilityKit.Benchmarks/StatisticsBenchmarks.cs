using System.Data.Common;
using System.Globalization;
using AccountabilityKit.Statistics.Columnar;
using AccountabilityKit.Statistics.Facts;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// The common part of the statistics benchmarks (<see cref="StatisticsQ1Benchmarks"/>, <see cref="StatisticsQ2Benchmarks"/>,
/// <see cref="StatisticsQ3Benchmarks"/>): the rows parameter (1M and 10M, or <c>AKIT_BENCH_ROWS</c>), the synthetic facts
/// loaded once per class and row count in every engine's own form (<see cref="StatisticsDataSet"/>; load times reported
/// by <see cref="StatisticsLoadTimes"/>, not measured), a one-time check that the five methods agree, and a short job:
/// one launch, one warm-up and three measured iterations of one invocation each (the queries take milliseconds to
/// seconds) — unless the command line names a job itself (CI's <c>--job dry</c>), which then runs alone.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public abstract class StatisticsBenchmarks
{
    /// <summary>Rows of the small sample the methods are run on before measuring, so the JIT has optimised them.</summary>
    private const int WarmUpRows = 2_000;

    private static readonly HashSet<Type> WarmedUp = [];
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

    /// <summary>The benchmark class as declared (BenchmarkDotNet runs a generated subclass).</summary>
    private Type Declared
    {
        get
        {
            var type = GetType();
            while (type.BaseType is { } parent && parent != typeof(StatisticsBenchmarks))
            {
                type = parent;
            }

            return type;
        }
    }

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

    /// <summary>
    /// Loads the data in every form (once per class and row count in this process), reports the load times and checks
    /// once that all five methods agree.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        var declared = Declared;
        if (WarmedUp.Add(declared))
        {
            WarmUp();
        }

        _data = StatisticsDataSet.For(declared.Name, Rows);
        if (!_data.IsReady)
        {
            _data.LoadAll();
            _data.IsReady = true;
            StatisticsLoadTimes.Record(declared.Name, _data, ColumnarStatistics.BytesPerRow(_data.Table));
        }

        // Checked on every setup (cheap next to the load): a class whose methods disagree fails every benchmark.
        if (!_data.IsVerified)
        {
            Verify(declared.Name);
            _data.IsVerified = true;
        }
    }

    /// <summary>
    /// Runs all five methods ~50 times on a small sample, then waits, so that the tiered JIT has compiled them and
    /// their callees at tier 1 before the first measurement. The short job invokes each method only ~5 times and a
    /// method is promoted after 30 calls, so without this our own code (the engine and the loops, not precompiled,
    /// unlike the framework's LINQ) would be measured partly unoptimised: a probe at 1M rows gave 460 ms for the first
    /// Q1 call of the engine and 45–75 ms once promoted.
    /// </summary>
    private void WarmUp()
    {
        using var sample = StatisticsDataSet.Sample(WarmUpRows);
        sample.LoadAll();
        _data = sample;
        try
        {
            RunAll();
            Thread.Sleep(300); // call counting starts once no new method was jitted for 100 ms
            for (var i = 0; i < 50; i++)
            {
                RunAll();
            }

            Thread.Sleep(1000); // background tier-1 compilation
            RunAll();
        }
        finally
        {
            _data = null;
        }
    }

    private void RunAll()
    {
        _ = NaiveLinqGroupBy();
        _ = DictionaryLoop();
        _ = SqliteGroupBy();
        _ = DuckDbGroupBy();
        _ = ColumnarEngine();
    }

    private void Verify(string benchmark)
    {
        (string Method, StatisticsDigest Digest)[] results =
        [
            (nameof(NaiveLinqGroupBy), NaiveLinqGroupBy()),
            (nameof(DictionaryLoop), DictionaryLoop()),
            (nameof(SqliteGroupBy), SqliteGroupBy()),
            (nameof(DuckDbGroupBy), DuckDbGroupBy()),
            (nameof(ColumnarEngine), ColumnarEngine()),
        ];
        var described = string.Join(Environment.NewLine, results.Select(r => $"//   {r.Method}: {r.Digest}"));
        if (results.Any(r => r.Digest != results[0].Digest) || results[0].Digest.Entries != (long)Rows * Levels)
        {
            throw new InvalidOperationException($"The statistics methods of {benchmark} disagree at {Rows} rows (or miss rows):{Environment.NewLine}{described}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {benchmark}: all five methods agree at {Rows:N0} rows: {results[0].Digest}"));
    }

    /// <summary>How many times each row is counted in the result: 1, or the number of levels of a rollup.</summary>
    protected virtual int Levels => 1;

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

    /// <summary>Adds the load-time and ns/row columns, and the short job unless the command line names a job.</summary>
    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new StatisticsLoadColumn(), new StatisticsNanosecondsPerRowColumn());
            var args = Environment.GetCommandLineArgs();
            if (!args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal)))
            {
                // In process: the data is loaded once per class and row count, not once per method's process.
                AddJob(Job.Default
                    .WithToolchain(InProcessEmitToolchain.Instance)
                    .WithStrategy(RunStrategy.Monitoring)
                    .WithLaunchCount(1)
                    .WithWarmupCount(1)
                    .WithIterationCount(3)
                    .WithId("StatisticsShort"));
            }
        }
    }
}
