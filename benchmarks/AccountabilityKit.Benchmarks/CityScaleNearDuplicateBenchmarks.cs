using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Checklists.Tailoring;
using BenchmarkDotNet.Attributes;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// Near-duplicate (雷同) detection for a whole city in one call: 334 units × 10 lists × 30 items = 100,200 items with
/// 30 planted cross-unit copies, at the default settings (MinHash + LSH across units, exact within units). The
/// baseline is the within-unit comparison alone (horizontal and vertical, what a per-team check costs), so the ratio
/// shows what the city-wide cross-unit search adds. All pairs at this size is measured once, outside BenchmarkDotNet
/// (see the package README): as a benchmark it would take minutes per invocation.
/// </summary>
[MemoryDiagnoser]
public class CityScaleNearDuplicateBenchmarks
{
    private List<ResponsibilityChecklist> _lists = null!;
    private List<List<ResponsibilityChecklist>> _teams = null!;
    private NearDuplicateDetector _lsh = null!;
    private HashSet<(string, string)> _planted = null!;
    private NearDuplicateReport? _last;

    [Params(334)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_lists, var planted) = SyntheticChecklists.Generate(Units, members: 10, items: 30, planted: 30, seed: 2022);
        _teams = [.. _lists.GroupBy(l => l.Owner.Unit).Select(g => g.ToList())];
        _lsh = new NearDuplicateDetector();
        _planted = planted;
    }

    /// <summary>Recall of the last whole-city run on the planted copies, printed after the runs (not timed, not in the setup).</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (_last is { } report)
        {
            Console.WriteLine(SyntheticChecklists.DescribeRecall(_lists, report, _planted));
        }
    }

    [Benchmark(Baseline = true)]
    public int WithinUnitsOnly() => _teams.Sum(team => _lsh.Detect(team).Pairs.Length);

    [Benchmark]
    public int WholeCityMinHashLsh()
    {
        _last = _lsh.Detect(_lists);
        return _last.Pairs.Length;
    }
}
