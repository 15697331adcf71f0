using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Checklists.Tailoring;
using BenchmarkDotNet.Attributes;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// Near-duplicate (雷同) detection over a city of 20 units × 10 lists × 30 items = 6,000 items with 10 planted
/// cross-unit copies: the exact all-pairs comparison (baseline) against MinHash + LSH candidates at the default settings.
/// The 100,000-item run is <see cref="CityScaleNearDuplicateBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class NearDuplicateDetectionBenchmarks
{
    private List<ResponsibilityChecklist> _lists = null!;
    private NearDuplicateDetector _allPairs = null!;
    private NearDuplicateDetector _lsh = null!;
    private HashSet<(string, string)> _planted = null!;
    private NearDuplicateReport? _last;

    [Params(20)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_lists, var planted) = SyntheticChecklists.Generate(Units, members: 10, items: 30, planted: 10, seed: 2021);
        _allPairs = new NearDuplicateDetector(new SimilarityOptions { Strategy = CandidateStrategy.AllPairs });
        _lsh = new NearDuplicateDetector();
        _planted = planted;
    }

    /// <summary>Recall of the last LSH run on the planted copies, printed after the runs (not timed, not in the setup).</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (_last is { } report)
        {
            Console.WriteLine(SyntheticChecklists.DescribeRecall(_lists, report, _planted));
        }
    }

    [Benchmark(Baseline = true)]
    public int AllPairs() => _allPairs.Detect(_lists).Pairs.Length;

    [Benchmark]
    public int MinHashLsh()
    {
        _last = _lsh.Detect(_lists);
        return _last.Pairs.Length;
    }
}
