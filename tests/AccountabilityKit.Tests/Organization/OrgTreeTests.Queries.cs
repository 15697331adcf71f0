using AccountabilityKit.Organization;
using static AccountabilityKit.Tests.Organization.SampleCity;

namespace AccountabilityKit.Tests.Organization;

/// <summary>Queries on a built tree: membership, children, paths, depths, subtrees, lookups.</summary>
public sealed partial class OrgTreeTests
{
    private readonly OrgTree _tree = Tree();

    [Fact]
    public void IsWithin_Self_IsTrue()
    {
        _tree.IsWithin(NT, NT).Should().BeTrue();
        _tree.IsWithin(RG01, RG01).Should().BeTrue();
    }

    [Fact]
    public void IsWithin_Child_IsTrue()
    {
        _tree.IsWithin(RG, NT).Should().BeTrue();
        _tree.IsWithin(RG01, RG).Should().BeTrue();
        _tree.IsWithin(JY, NT).Should().BeTrue();
    }

    [Fact]
    public void IsWithin_Grandchild_IsTrue()
    {
        _tree.IsWithin(RG01, NT).Should().BeTrue();
        _tree.IsWithin(HA01, NT).Should().BeTrue();
        _tree.IsWithin(RGJY, NT).Should().BeTrue();
    }

    [Fact]
    public void IsWithin_Sibling_IsFalse()
    {
        _tree.IsWithin(HA, RG).Should().BeFalse();
        _tree.IsWithin(RG, HA).Should().BeFalse();
        _tree.IsWithin(RG02, RG01).Should().BeFalse();
        _tree.IsWithin(JW, JY).Should().BeFalse();
    }

    [Fact]
    public void IsWithin_AncestorAskedWithinDescendant_IsFalse()
    {
        _tree.IsWithin(NT, RG).Should().BeFalse();
        _tree.IsWithin(RG, RG01).Should().BeFalse();
        _tree.IsWithin(NT, HA01).Should().BeFalse();
    }

    [Fact]
    public void IsWithin_CousinAndNeighbouringSubtree_IsFalse()
    {
        // HA comes right after RG's subtree in pre-order: the interval end must be exclusive.
        _tree.IsWithin(HA, RG).Should().BeFalse();
        _tree.IsWithin(HA01, RG).Should().BeFalse();
        _tree.IsWithin(RG01, HA).Should().BeFalse();
        _tree.IsWithin(RGJY, JW).Should().BeFalse();
    }

    [Fact]
    public void ChildrenOf_ReturnsDirectChildrenInInputOrder()
    {
        _tree.ChildrenOf(NT).Select(u => u.Id).Should().Equal(RG, HA, JW, JY);
        _tree.ChildrenOf(RG).Select(u => u.Id).Should().Equal(RG01, RG02, RGJY);
        _tree.ChildrenOf(HA).Select(u => u.Id).Should().Equal(HA01);
    }

    [Fact]
    public void ChildrenOf_Leaf_IsEmptyAndIndexingThrows()
    {
        var children = _tree.ChildrenOf(RG01);

        children.Should().BeEmpty();
        children.Count.Should().Be(0);
        var act = () => children[0];
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ChildrenOf_Indexer_StaysWithinTheChildren()
    {
        var children = _tree.ChildrenOf(HA);

        children[0].Id.Should().Be(HA01);
        var past = () => children[1];
        var negative = () => children[-1];
        past.Should().Throw<ArgumentOutOfRangeException>();
        negative.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void PathToRoot_Township_GoesUpToTheCity()
    {
        _tree.PathToRoot(RG01).Select(u => u.Id).Should().Equal(RG01, RG, NT);
        _tree.PathToRoot(HA01).Select(u => u.Id).Should().Equal(HA01, HA, NT);
        _tree.PathToRoot(JW).Select(u => u.Id).Should().Equal(JW, NT);
    }

    [Fact]
    public void PathToRoot_Root_IsJustTheRoot()
    {
        _tree.PathToRoot(NT).Select(u => u.Id).Should().Equal(NT);
    }

    [Theory]
    [InlineData("NT", 0)]
    [InlineData("RG", 1)]
    [InlineData("NT-JY", 1)]
    [InlineData("RG-01", 2)]
    [InlineData("RG-JY", 2)]
    [InlineData("HA-01", 2)]
    public void DepthOf_ReturnsLevelBelowRoot(string id, int depth)
    {
        _tree.DepthOf(Id(id)).Should().Be(depth);
    }

    [Fact]
    public void SubtreeOf_County_IsCountyAndDescendantsInPreOrder()
    {
        var subtree = _tree.SubtreeOf(RG);

        subtree.Select(u => u.Id).Should().Equal(RG, RG01, RG02, RGJY);
        subtree.Count.Should().Be(4);
        _tree.SubtreeSizeOf(RG).Should().Be(4);
    }

    [Fact]
    public void SubtreeOf_Indexer_DoesNotReachIntoTheNextSubtree()
    {
        var subtree = _tree.SubtreeOf(RG);

        subtree[3].Id.Should().Be(RGJY);
        var past = () => subtree[4];
        var negative = () => subtree[-1];
        past.Should().Throw<ArgumentOutOfRangeException>();
        negative.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Units_IndexOutOfRange_ThrowsArgumentOutOfRangeException()
    {
        var units = _tree.Units;

        units[8].Id.Should().Be(JY);
        var past = () => units[9];
        var negative = () => units[int.MinValue];
        past.Should().Throw<ArgumentOutOfRangeException>();
        negative.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void SubtreeOf_Root_IsEveryUnit()
    {
        _tree.SubtreeOf(NT).Select(u => u.Id).Should().Equal(PreOrder);
        _tree.SubtreeSizeOf(NT).Should().Be(9);
    }

    [Fact]
    public void SubtreeOf_Leaf_IsJustTheLeaf()
    {
        _tree.SubtreeOf(HA01).Select(u => u.Id).Should().Equal(HA01);
        _tree.SubtreeOf(JY).Select(u => u.Id).Should().Equal(JY);
        _tree.SubtreeSizeOf(JY).Should().Be(1);
    }

    [Fact]
    public void ParentOf_ReturnsParentUnit()
    {
        _tree.ParentOf(RG01)!.Id.Should().Be(RG);
        _tree.ParentOf(RGJY)!.Id.Should().Be(RG);
        _tree.ParentOf(HA)!.Id.Should().Be(NT);
        _tree.ParentOf(JY)!.Name.Should().Be("南通市委");
    }

    [Fact]
    public void ParentOf_Root_IsNull()
    {
        _tree.ParentOf(NT).Should().BeNull();
    }

    [Fact]
    public void Units_ArePreOrder_EachParentBeforeItsChildren()
    {
        var units = _tree.Units;

        units.Select(u => u.Id).Should().Equal(PreOrder);
        for (var k = 0; k < units.Count; k++)
        {
            _tree.PositionOf(units[k].Id).Should().Be(k);
            if (units[k].ParentId is { } parent)
            {
                _tree.PositionOf(parent).Should().BeLessThan(k);
            }
        }
    }

    [Fact]
    public void Indexer_KnownId_ReturnsUnit()
    {
        _tree[RG02].Name.Should().Be("白蒲镇党委");
        _tree[RG02].Kind.Should().Be(UnitKind.Township);
    }

    [Fact]
    public void ContainsAndTryGet_KnownAndUnknownIds()
    {
        _tree.Contains(RG).Should().BeTrue();
        _tree.Contains(Id("HM")).Should().BeFalse();
        _tree.Contains(default).Should().BeFalse();

        _tree.TryGet(HA01, out var found).Should().BeTrue();
        found!.Name.Should().Be("城东镇党委");
        _tree.TryGet(Id("HM"), out var missing).Should().BeFalse();
        missing.Should().BeNull();
    }

    public static TheoryData<string> Queries =>
        new() { "indexer", "isWithinUnit", "isWithinAncestor", "parentOf", "childrenOf", "subtreeOf", "pathToRoot", "depthOf", "positionOf", "subtreeSizeOf" };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Query_UnknownId_ThrowsKeyNotFoundException(string query)
    {
        foreach (var unknown in new[] { Id("HM"), Id("nt"), default })
        {
            Action act = query switch
            {
                "indexer" => () => _ = _tree[unknown],
                "isWithinUnit" => () => _tree.IsWithin(unknown, NT),
                "isWithinAncestor" => () => _tree.IsWithin(RG01, unknown),
                "parentOf" => () => _tree.ParentOf(unknown),
                "childrenOf" => () => _tree.ChildrenOf(unknown),
                "subtreeOf" => () => _tree.SubtreeOf(unknown),
                "pathToRoot" => () => _tree.PathToRoot(unknown),
                "depthOf" => () => _tree.DepthOf(unknown),
                "positionOf" => () => _tree.PositionOf(unknown),
                "subtreeSizeOf" => () => _tree.SubtreeSizeOf(unknown),
                _ => throw new ArgumentOutOfRangeException(nameof(query)),
            };

            act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain($"'{unknown}'");
        }
    }
}
