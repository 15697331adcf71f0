using AccountabilityKit.Organization;
using CsCheck;

namespace AccountabilityKit.Tests.Organization;

/// <summary>
/// The interval-based queries of <see cref="OrgTree"/> agree with a naive walk up the parent links,
/// on random valid trees given in random order.
/// </summary>
public sealed class OrgTreePropertyTests
{
    /// <summary>A valid list: unit i &gt; 0 gets a parent among 0..i-1 (shallow or chain-like), then the list is shuffled.</summary>
    private static readonly Gen<OrgUnit[]> GenUnits =
        Gen.Int[1, 60].SelectMany(n => Gen.Select(
            Gen.Int[0, int.MaxValue].Array[n],
            Gen.Int.Array[n],
            Gen.Bool,
            (parentSeeds, shuffleKeys, deep) => MakeUnits(parentSeeds, shuffleKeys, deep)));

    private static OrgUnit[] MakeUnits(int[] parentSeeds, int[] shuffleKeys, bool deep)
    {
        var n = parentSeeds.Length;
        var units = new OrgUnit[n];
        for (var i = 0; i < n; i++)
        {
            OrgUnitId? parent = null;
            if (i > 0)
            {
                // Deep trees pick one of the last three units, giving long chains; otherwise any earlier unit.
                var p = deep ? Math.Max(0, i - 1 - (parentSeeds[i] % 3)) : parentSeeds[i] % i;
                parent = new OrgUnitId($"U{p}");
            }

            units[i] = new OrgUnit(new OrgUnitId($"U{i}"), $"单位{i}", (UnitKind)(i % 10), parent);
        }

        return [.. Enumerable.Range(0, n).OrderBy(i => shuffleKeys[i]).ThenBy(i => i).Select(i => units[i])];
    }

    /// <summary>The unit, its parent, … up to the root, by following ParentId through the input list.</summary>
    private static List<OrgUnitId> NaiveWalk(Dictionary<OrgUnitId, OrgUnit> byId, OrgUnitId id)
    {
        var path = new List<OrgUnitId>();
        for (OrgUnitId? at = id; at is { } current; at = byId[current].ParentId)
        {
            path.Add(current);
            if (path.Count > byId.Count)
            {
                throw new InvalidOperationException("The generator made a cycle.");
            }
        }

        return path;
    }

    private static string Describe(OrgUnit[] units) =>
        string.Join(", ", units.Select(u => $"{u.Id}->{u.ParentId?.ToString() ?? "∅"}"));

    [Fact]
    public void IsWithin_EveryPair_EqualsNaiveParentWalk()
    {
        GenUnits.Sample(units =>
        {
            var tree = OrgTree.Build(units);
            var byId = units.ToDictionary(u => u.Id);
            foreach (var a in units)
            {
                var walk = NaiveWalk(byId, a.Id);
                foreach (var b in units)
                {
                    if (tree.IsWithin(a.Id, b.Id) != walk.Contains(b.Id))
                    {
                        throw new InvalidOperationException($"IsWithin({a.Id}, {b.Id}) disagrees with the parent walk.");
                    }
                }
            }
        }, iter: 200, print: Describe);
    }

    [Fact]
    public void IsWithin_RandomPairs_EqualsNaiveParentWalk()
    {
        var gen = GenUnits.SelectMany(units => Gen.Select(
            Gen.Int[0, units.Length - 1].Array[20],
            Gen.Int[0, units.Length - 1].Array[20],
            (left, right) => (units, left, right)));

        gen.Sample(sample =>
        {
            var (units, left, right) = sample;
            var tree = OrgTree.Build(units);
            var byId = units.ToDictionary(u => u.Id);
            for (var k = 0; k < left.Length; k++)
            {
                var a = units[left[k]].Id;
                var b = units[right[k]].Id;
                tree.IsWithin(a, b).Should().Be(NaiveWalk(byId, a).Contains(b), "IsWithin({0}, {1})", a, b);
            }
        }, iter: 300, print: s => Describe(s.units));
    }

    [Fact]
    public void SubtreeOf_EqualsUnitsWhoseWalkReachesIt()
    {
        GenUnits.Sample(units =>
        {
            var tree = OrgTree.Build(units);
            var byId = units.ToDictionary(u => u.Id);
            foreach (var x in units)
            {
                var expected = units.Where(u => NaiveWalk(byId, u.Id).Contains(x.Id)).Select(u => u.Id);
                var subtree = tree.SubtreeOf(x.Id);

                subtree.Select(u => u.Id).Should().BeEquivalentTo(expected);
                subtree[0].Id.Should().Be(x.Id);
                tree.SubtreeSizeOf(x.Id).Should().Be(subtree.Count);

                // Pre-order within the subtree: every unit's parent comes earlier.
                var seen = new HashSet<OrgUnitId> { x.Id };
                foreach (var u in subtree.Skip(1))
                {
                    seen.Should().Contain(u.ParentId!.Value);
                    seen.Add(u.Id);
                }
            }
        }, iter: 200, print: Describe);
    }

    [Fact]
    public void PathToRootAndDepthAndParent_EqualNaiveWalk()
    {
        GenUnits.Sample(units =>
        {
            var tree = OrgTree.Build(units);
            var byId = units.ToDictionary(u => u.Id);
            foreach (var x in units)
            {
                var walk = NaiveWalk(byId, x.Id);

                tree.PathToRoot(x.Id).Select(u => u.Id).Should().Equal(walk);
                tree.DepthOf(x.Id).Should().Be(walk.Count - 1);
                (tree.ParentOf(x.Id)?.Id).Should().Be(x.ParentId);
            }

            tree.Root.ParentId.Should().BeNull();
            tree.Count.Should().Be(units.Length);
        }, iter: 200, print: Describe);
    }

    [Fact]
    public void ChildrenOf_EqualsUnitsNamingItAsParent_InInputOrder()
    {
        GenUnits.Sample(units =>
        {
            var tree = OrgTree.Build(units);
            foreach (var x in units)
            {
                var expected = units.Where(u => u.ParentId == x.Id).Select(u => u.Id);
                tree.ChildrenOf(x.Id).Select(u => u.Id).Should().Equal(expected);
            }

            // Units is a pre-order of exactly the input units.
            tree.Units.Select(u => u.Id).Should().BeEquivalentTo(units.Select(u => u.Id));
            var position = tree.Units.Select((u, k) => (u.Id, k)).ToDictionary(p => p.Id, p => p.k);
            foreach (var u in units.Where(u => u.ParentId is not null))
            {
                position[u.ParentId!.Value].Should().BeLessThan(position[u.Id]);
            }
        }, iter: 200, print: Describe);
    }
}
