using System.Linq.Expressions;
using AccountabilityKit.Organization;
using AccountabilityKit.Tests.TestSupport;
using AccountabilityKit.Validation;
using static AccountabilityKit.Tests.Organization.SampleCity;

namespace AccountabilityKit.Tests.Organization;

public sealed class DataScopeTests
{
    private readonly OrgTree _tree = Tree();

    /// <summary>A row of a query keyed by a typed unit id.</summary>
    private sealed record Finding(int No, OrgUnitId Unit);

    /// <summary>A row of a query that keeps the unit id as plain text.</summary>
    private sealed record FindingRow(int No, string UnitId);

    /// <summary>Three findings per unit of the sample city, plus findings of units outside the tree.</summary>
    private static List<Finding> Findings() =>
        [
            .. PreOrder.Reverse().SelectMany((id, k) => Enumerable.Range(0, 3).Select(j => new Finding((k * 3) + j, id))),
            new Finding(100, Id("HM")),
            new Finding(101, Id("rg")),
            new Finding(102, default),
        ];

    private static ValidationReport ScopeFails(Func<DataScope> create) =>
        ((Action)(() => create())).ShouldFailValidation();

    [Fact]
    public void Everything_CoversTheWholeTree()
    {
        var scope = DataScope.Everything(_tree);

        scope.Tree.Should().BeSameAs(_tree);
        scope.Roots.Should().Equal(NT);
        scope.UnitIds.Should().Equal(PreOrder);
        PreOrder.Should().OnlyContain(id => scope.Contains(id));
    }

    [Fact]
    public void Subtree_County_SeesCountyAndItsUnitsOnly()
    {
        var scope = DataScope.Subtree(_tree, RG);

        scope.Roots.Should().Equal(RG);
        scope.UnitIds.Should().Equal(RG, RG01, RG02, RGJY);
        scope.Contains(RG).Should().BeTrue();
        scope.Contains(RG01).Should().BeTrue();
        scope.Contains(RGJY).Should().BeTrue();
        scope.Contains(NT).Should().BeFalse();
        scope.Contains(HA).Should().BeFalse();
        scope.Contains(HA01).Should().BeFalse();
        scope.Contains(JY).Should().BeFalse();
    }

    [Fact]
    public void Subtree_Leaf_SeesOnlyItself()
    {
        var scope = DataScope.Subtree(_tree, HA01);

        scope.UnitIds.Should().Equal(HA01);
        scope.Contains(HA01).Should().BeTrue();
        scope.Contains(HA).Should().BeFalse();
    }

    [Fact]
    public void Contains_UnitOutsideTheTree_IsFalse()
    {
        var everything = DataScope.Everything(_tree);

        everything.Contains(Id("HM")).Should().BeFalse();
        everything.Contains(Id("nt")).Should().BeFalse();
        everything.Contains(default).Should().BeFalse();
    }

    [Fact]
    public void Subtrees_TwoCounties_RootsInTreeOrder()
    {
        var scope = DataScope.Subtrees(_tree, [HA, RG]);

        scope.Roots.Should().Equal(RG, HA);
        scope.UnitIds.Should().Equal(RG, RG01, RG02, RGJY, HA, HA01);
        scope.Contains(HA01).Should().BeTrue();
        scope.Contains(JW).Should().BeFalse();
        scope.Contains(NT).Should().BeFalse();
    }

    [Fact]
    public void Subtrees_NestedRoots_AreMergedIntoTheOuterRoot()
    {
        var scope = DataScope.Subtrees(_tree, [RG01, JW, RG, RGJY]);

        scope.Roots.Should().Equal(RG, JW);
        scope.UnitIds.Should().Equal(RG, RG01, RG02, RGJY, JW);
        scope.UnitIds.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Subtrees_RootAmongOthers_IsEverything()
    {
        var scope = DataScope.Subtrees(_tree, [HA01, NT, RG]);

        scope.Roots.Should().Equal(NT);
        scope.UnitIds.Should().Equal(PreOrder);
    }

    [Fact]
    public void Subtrees_RepeatedRoot_CountsOnce()
    {
        var scope = DataScope.Subtrees(_tree, [HA, HA]);

        scope.Roots.Should().Equal(HA);
        scope.UnitIds.Should().Equal(HA, HA01);
    }

    [Fact]
    public void Subtree_UnknownRoot_ReportsAK015AtRoots0()
    {
        ScopeFails(() => DataScope.Subtree(_tree, Id("HM")))
            .ShouldHaveExactly((VocabularyIssueCodes.UnknownScopeUnit, "roots[0]"));
    }

    [Fact]
    public void Subtree_DefaultRoot_ReportsAK015()
    {
        ScopeFails(() => DataScope.Subtree(_tree, default))
            .ShouldHaveExactly((VocabularyIssueCodes.UnknownScopeUnit, "roots[0]"));
    }

    [Fact]
    public void Subtrees_UnknownRoots_ReportsEachAtItsIndex()
    {
        ScopeFails(() => DataScope.Subtrees(_tree, [RG, Id("HM"), HA, Id("QD")]))
            .ShouldHaveExactly(
                (VocabularyIssueCodes.UnknownScopeUnit, "roots[1]"),
                (VocabularyIssueCodes.UnknownScopeUnit, "roots[3]"));
    }

    [Fact]
    public void Subtrees_UnknownRootAfterARepeatedRoot_PathIsItsIndexInTheInput()
    {
        ScopeFails(() => DataScope.Subtrees(_tree, [RG, RG, Id("HM")]))
            .ShouldHaveExactly((VocabularyIssueCodes.UnknownScopeUnit, "roots[2]"));
    }

    [Fact]
    public void Subtrees_NoRoots_ReportsAK015AtRoots()
    {
        ScopeFails(() => DataScope.Subtrees(_tree, []))
            .ShouldHaveExactly((VocabularyIssueCodes.UnknownScopeUnit, "roots"));
    }

    [Fact]
    public void Factories_NullArguments_ThrowArgumentNullException()
    {
        var everything = () => DataScope.Everything(null!);
        var subtree = () => DataScope.Subtree(null!, RG);
        var subtrees = () => DataScope.Subtrees(_tree, null!);

        everything.Should().Throw<ArgumentNullException>();
        subtree.Should().Throw<ArgumentNullException>();
        subtrees.Should().Throw<ArgumentNullException>();
    }

    public static TheoryData<string[]> Scopes => new()
    {
        new[] { "NT" },
        new[] { "RG" },
        new[] { "HA", "NT-JW" },
        new[] { "RG-01", "HA-01", "NT-JY" },
        new[] { "RG-JY" },
    };

    private DataScope ScopeOf(string[] roots) => DataScope.Subtrees(_tree, roots.Select(Id));

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Predicate_OnQueryable_SelectsSameRowsAsContains(string[] roots)
    {
        var scope = ScopeOf(roots);
        var findings = Findings();

        var viaQuery = findings.AsQueryable().Where(scope.Predicate<Finding>(f => f.Unit)).ToList();

        var expected = findings.Where(f => scope.Contains(f.Unit)).ToList();
        expected.Should().NotBeEmpty();
        viaQuery.Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Predicate_Compiled_AgreesWithContainsForEveryRow(string[] roots)
    {
        var scope = ScopeOf(roots);
        var predicate = scope.Predicate<Finding>(f => f.Unit).Compile();

        foreach (var finding in Findings())
        {
            predicate(finding).Should().Be(scope.Contains(finding.Unit), "finding {0} is in unit '{1}'", finding.No, finding.Unit);
        }
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Predicate_TextSelector_SelectsSameRowsAsContains(string[] roots)
    {
        var scope = ScopeOf(roots);
        var rows = Findings().Select(f => new FindingRow(f.No, f.Unit.Value)).ToList();

        var viaQuery = rows.AsQueryable().Where(scope.Predicate<FindingRow>(r => r.UnitId)).ToList();

        var expected = rows.Where(r => OrgUnitId.TryCreate(r.UnitId, out var id) && scope.Contains(id)).ToList();
        expected.Should().NotBeEmpty();
        viaQuery.Should().Equal(expected);
    }

    [Fact]
    public void Predicate_County_SelectsOnlyTheCountysFindings()
    {
        var scope = DataScope.Subtree(_tree, RG);

        var units = Findings().AsQueryable().Where(scope.Predicate<Finding>(f => f.Unit)).Select(f => f.Unit).Distinct().ToList();

        units.Should().BeEquivalentTo(new[] { RG, RG01, RG02, RGJY });
    }

    [Fact]
    public void Predicate_Body_IsEnumerableContainsOverACapturedValue()
    {
        var scope = DataScope.Subtree(_tree, RG);
        Expression<Func<Finding, OrgUnitId>> selector = f => f.Unit;

        var predicate = scope.Predicate(selector);

        predicate.Parameters.Should().Equal(selector.Parameters);
        var call = predicate.Body.Should().BeAssignableTo<MethodCallExpression>().Subject;
        call.Method.DeclaringType.Should().Be(typeof(Enumerable));
        call.Method.Name.Should().Be(nameof(Enumerable.Contains));
        call.Method.GetParameters().Should().HaveCount(2);
        call.Method.GetGenericArguments().Should().Equal(typeof(OrgUnitId));
        call.Object.Should().BeNull();
        call.Arguments[1].Should().BeSameAs(selector.Body);

        // The id list is a member of a constant (a captured value), which EF Core sends as a parameter.
        var ids = call.Arguments[0].Should().BeAssignableTo<MemberExpression>().Subject;
        ids.Expression.Should().BeAssignableTo<ConstantExpression>();
        var values = Expression.Lambda<Func<IEnumerable<OrgUnitId>>>(ids).Compile()();
        values.Should().Equal(RG, RG01, RG02, RGJY);
    }

    [Fact]
    public void Predicate_TextBody_IsEnumerableContainsOfString()
    {
        var scope = DataScope.Subtree(_tree, HA);
        Expression<Func<FindingRow, string>> selector = r => r.UnitId;

        var predicate = scope.Predicate(selector);

        var call = predicate.Body.Should().BeAssignableTo<MethodCallExpression>().Subject;
        call.Method.DeclaringType.Should().Be(typeof(Enumerable));
        call.Method.Name.Should().Be(nameof(Enumerable.Contains));
        call.Method.GetGenericArguments().Should().Equal(typeof(string));
        call.Arguments[1].Should().BeSameAs(selector.Body);
        var values = Expression.Lambda<Func<IEnumerable<string>>>(call.Arguments[0]).Compile()();
        values.Should().Equal("HA", "HA-01");
    }

    [Fact]
    public void Predicate_NullSelector_ThrowsArgumentNullException()
    {
        var scope = DataScope.Everything(_tree);

        var typed = () => scope.Predicate((Expression<Func<Finding, OrgUnitId>>)null!);
        var text = () => scope.Predicate((Expression<Func<FindingRow, string>>)null!);

        typed.Should().Throw<ArgumentNullException>();
        text.Should().Throw<ArgumentNullException>();
    }
}
