using AccountabilityKit.Organization;
using BenchmarkDotNet.Attributes;

namespace AccountabilityKit.Benchmarks;

/// <summary>
/// "Is unit A within B's subtree?" on a 20,000-unit tree (city → counties and departments → townships → villages → branches, depth 1–4; see <see cref="SyntheticOrgTree"/>),
/// for 4,096 random (unit, ancestor) pairs: <see cref="OrgTree.IsWithin"/> (pre-order intervals) against the
/// naive walk up the parent links that an OA system would write (the baseline).
/// </summary>
[MemoryDiagnoser]
public class OrgTreeSubtreeMembershipBenchmarks
{
    private const int PairCount = 4096;
    private OrgTree _tree = null!;
    private Dictionary<OrgUnitId, OrgUnitId?> _parents = null!;
    private (OrgUnitId Unit, OrgUnitId Ancestor)[] _pairs = null!;

    [Params(20_000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var units = SyntheticOrgTree.Generate(Units, seed: 2021);
        _tree = OrgTree.Build(units);
        _parents = units.ToDictionary(u => u.Id, u => u.ParentId);
        var random = new Random(7);
        _pairs = new (OrgUnitId, OrgUnitId)[PairCount];
        for (var i = 0; i < PairCount; i++)
        {
            var unit = units[random.Next(units.Count)].Id;
            // Half the ancestors are true ancestors (taken from the unit's path), half are random units.
            var path = _tree.PathToRoot(unit);
            var ancestor = i % 2 == 0 ? path[random.Next(path.Count)].Id : units[random.Next(units.Count)].Id;
            _pairs[i] = (unit, ancestor);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = PairCount)]
    public int NaiveParentWalk()
    {
        var hits = 0;
        foreach (var (unit, ancestor) in _pairs)
        {
            OrgUnitId? current = unit;
            while (current is { } id)
            {
                if (id == ancestor)
                {
                    hits++;
                    break;
                }

                current = _parents[id];
            }
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = PairCount)]
    public int OrgTreeIsWithin()
    {
        var hits = 0;
        foreach (var (unit, ancestor) in _pairs)
        {
            if (_tree.IsWithin(unit, ancestor))
            {
                hits++;
            }
        }

        return hits;
    }
}
