using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// A summary column of the statistics benchmarks: the seconds it took to load the data once into the form that the
/// method queries (global setup, not part of Mean), read back from <see cref="StatisticsLoadTimes"/>.
/// </summary>
internal sealed class StatisticsLoadColumn : IColumn
{
    public string Id => nameof(StatisticsLoadColumn);

    public string ColumnName => "Load (s)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Seconds to load the data once into the form the method queries (global setup; not part of Mean)";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(IsStatistics);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (!IsStatistics(benchmarkCase) || benchmarkCase.Parameters[nameof(StatisticsBenchmarks.Rows)] is not int rows)
        {
            return "-";
        }

        var seconds = StatisticsLoadTimes.Read(summary.ResultsDirectoryPath, benchmarkCase.Descriptor.Type.Name, rows, StatisticsBenchmarks.FormOf(benchmarkCase.Descriptor.WorkloadMethod.Name));
        return seconds?.ToString("F2", CultureInfo.InvariantCulture) ?? "?";
    }

    public override string ToString() => ColumnName;

    private static bool IsStatistics(BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.Type.IsSubclassOf(typeof(StatisticsBenchmarks));
}
