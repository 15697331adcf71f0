using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AccountabilityKit.Benchmarks;

/// <summary>A summary column of the statistics benchmarks: mean time per fact row, in nanoseconds.</summary>
internal sealed class StatisticsNanosecondsPerRowColumn : IColumn
{
    public string Id => nameof(StatisticsNanosecondsPerRowColumn);

    public string ColumnName => "ns/row";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Mean divided by the number of fact rows, in nanoseconds";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(b => b.Descriptor.Type.IsSubclassOf(typeof(StatisticsBenchmarks)));

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Parameters[nameof(StatisticsBenchmarks.Rows)] is not int rows || rows <= 0
            || summary[benchmarkCase]?.ResultStatistics is not { } statistics)
        {
            return "-";
        }

        return (statistics.Mean / rows).ToString("F2", CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
