using AccountabilityKit.TestSupport;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Tests.TestSupport;
using AccountabilityKit.Validation;
using static AccountabilityKit.Tests.Organization.SampleCity;

namespace AccountabilityKit.Tests.Organization;

/// <summary>Building the tree: valid lists in any order, and every kind of bad input.</summary>
public sealed partial class OrgTreeTests
{
    private static ValidationReport BuildFails(IEnumerable<OrgUnit> units) =>
        ((Action)(() => OrgTree.Build(units))).ShouldFailValidation();

    private static string At(int index, string field) => $"$[{index}].{field}";

    [Fact]
    public void Build_SampleCity_HasRootCountAndPreOrder()
    {
        var tree = Tree();

        tree.Root.Id.Should().Be(NT);
        tree.Root.Name.Should().Be("南通市委");
        tree.Count.Should().Be(9);
        tree.Units.Select(u => u.Id).Should().Equal(PreOrder);
    }

    [Fact]
    public void Build_KeepsTheGivenUnitInstances()
    {
        var units = Units();

        var tree = OrgTree.Build(units);

        tree.Units.Should().BeEquivalentTo(units);
        foreach (var unit in units)
        {
            tree[unit.Id].Should().BeSameAs(unit);
        }
    }

    [Fact]
    public void Build_ChildrenListedBeforeParents_BuildsTheSameTree()
    {
        // Every child comes before its parent; siblings keep their relative order.
        var byId = Units().ToDictionary(u => u.Id);
        OrgUnitId[] order = [RG01, RG02, RGJY, HA01, RG, HA, JW, JY, NT];

        var tree = OrgTree.Build(order.Select(id => byId[id]));

        tree.Root.Id.Should().Be(NT);
        tree.Units.Select(u => u.Id).Should().Equal(PreOrder);
        tree.ChildrenOf(NT).Select(u => u.Id).Should().Equal(RG, HA, JW, JY);
        tree.PathToRoot(RG02).Select(u => u.Id).Should().Equal(RG02, RG, NT);
    }

    [Fact]
    public void Build_ReversedInput_SiblingOrderFollowsInput()
    {
        var reversed = Units().Reverse().ToArray();

        var tree = OrgTree.Build(reversed);

        tree.ChildrenOf(NT).Select(u => u.Id).Should().Equal(JY, JW, HA, RG);
        tree.ChildrenOf(RG).Select(u => u.Id).Should().Equal(RGJY, RG02, RG01);
        tree.Units.Select(u => u.Id).Should().Equal(NT, JY, JW, HA, HA01, RG, RGJY, RG02, RG01);
    }

    [Fact]
    public void Build_SingleRoot_IsATreeOfOne()
    {
        var city = new OrgUnit(NT, "南通市委", UnitKind.City);

        var tree = OrgTree.Build([city]);

        tree.Count.Should().Be(1);
        tree.Root.Should().BeSameAs(city);
        tree.ChildrenOf(NT).Should().BeEmpty();
        tree.PathToRoot(NT).Should().Equal(city);
        tree.SubtreeOf(NT).Should().Equal(city);
        tree.DepthOf(NT).Should().Be(0);
    }

    [Fact]
    public void Build_DeepChain_DoesNotOverflowAndMeasuresDepth()
    {
        const int n = 20_000;
        var units = Enumerable.Range(0, n)
            .Select(i => new OrgUnit(Id($"U{i}"), $"单位{i}", UnitKind.Other, i == 0 ? null : Id($"U{i - 1}")))
            .ToArray();

        var tree = OrgTree.Build(units);

        tree.DepthOf(Id($"U{n - 1}")).Should().Be(n - 1);
        tree.IsWithin(Id($"U{n - 1}"), Id("U0")).Should().BeTrue();
        tree.SubtreeSizeOf(Id("U1")).Should().Be(n - 1);
        tree.PathToRoot(Id($"U{n - 1}")).Should().HaveCount(n);
    }

    [Fact]
    public void Build_Null_ThrowsArgumentNullException()
    {
        var act = () => OrgTree.Build(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Build_NullElement_ThrowsArgumentException()
    {
        var units = Units();
        units[4] = null!;

        var act = () => OrgTree.Build(units);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("index 4");
    }

    [Fact]
    public void Build_EmptyList_ReportsAK014AtRoot()
    {
        BuildFails([]).ShouldHaveExactly((VocabularyIssueCodes.NoRoot, "$"));
    }

    [Fact]
    public void Build_EveryUnitHasAParentInACycle_ReportsNoRootAndTheCycle()
    {
        OrgUnit[] units =
        [
            new(Id("A"), "甲", UnitKind.County, Id("B")),
            new(Id("B"), "乙", UnitKind.County, Id("A")),
        ];

        BuildFails(units).ShouldHaveExactly(
            (VocabularyIssueCodes.NoRoot, "$"),
            (VocabularyIssueCodes.ParentCycle, At(0, "parentId")));
    }

    [Fact]
    public void Build_OnlyUnitHasUnknownParent_ReportsUnknownParentAndNoRoot()
    {
        OrgUnit[] units = [new(RG, "如皋市委", UnitKind.County, NT)];

        BuildFails(units).ShouldHaveExactly(
            (VocabularyIssueCodes.UnknownParent, At(0, "parentId")),
            (VocabularyIssueCodes.NoRoot, "$"));
    }

    [Fact]
    public void Build_DuplicateId_ReportsAK010AtTheLaterEntry()
    {
        var units = Units().ToList();
        units.Insert(3, new OrgUnit(RG, "如皋市委（重复）", UnitKind.County, NT));

        var report = BuildFails(units);

        report.ShouldHaveExactly((VocabularyIssueCodes.DuplicateOrgUnit, At(3, "id")));
        report.Issues[0].Message.Should().Contain("$[1]");
    }

    [Fact]
    public void Build_SameIdThreeTimes_ReportsEachRepeat()
    {
        var units = Units().ToList();
        units.Add(new OrgUnit(HA01, "城东镇党委", UnitKind.Township, HA));
        units.Add(new OrgUnit(HA01, "城东镇党委", UnitKind.Township, HA));

        BuildFails(units).ShouldHaveExactly(
            (VocabularyIssueCodes.DuplicateOrgUnit, At(9, "id")),
            (VocabularyIssueCodes.DuplicateOrgUnit, At(10, "id")));
    }

    [Fact]
    public void Build_UnknownParent_ReportsAK011AtParentId()
    {
        var units = Units().ToList();
        units.Insert(3, new OrgUnit(Id("HM-01"), "海门某镇党委", UnitKind.Township, Id("HM")));

        BuildFails(units).ShouldHaveExactly((VocabularyIssueCodes.UnknownParent, At(3, "parentId")));
    }

    [Fact]
    public void Build_SelfParent_ReportsAK012Once()
    {
        var units = Units().ToList();
        units.Insert(3, new OrgUnit(Id("X"), "自指单位", UnitKind.Other, Id("X")));

        BuildFails(units).ShouldHaveExactly((VocabularyIssueCodes.ParentCycle, At(3, "parentId")));
    }

    [Fact]
    public void Build_ThreeUnitCycle_ReportsAK012OnceAtItsFirstMember()
    {
        var units = Units().ToList();
        units.Add(new OrgUnit(Id("C1"), "甲", UnitKind.Other, Id("C2"))); // 9
        units.Add(new OrgUnit(Id("C2"), "乙", UnitKind.Other, Id("C3"))); // 10
        units.Add(new OrgUnit(Id("C3"), "丙", UnitKind.Other, Id("C1"))); // 11

        var report = BuildFails(units);

        report.ShouldHaveExactly((VocabularyIssueCodes.ParentCycle, At(9, "parentId")));
        report.Issues[0].Message.Should().Contain("'C1'").And.Contain("'C2'").And.Contain("'C3'");
    }

    [Fact]
    public void Build_CycleEnteredFromATail_ReportsTheCycleOnceAtItsLowestIndex()
    {
        var units = Units().ToList();
        units.Add(new OrgUnit(Id("T"), "尾", UnitKind.Other, Id("C3")));  // 9: a tail hanging into the cycle, met first
        units.Add(new OrgUnit(Id("C1"), "甲", UnitKind.Other, Id("C2"))); // 10
        units.Add(new OrgUnit(Id("C2"), "乙", UnitKind.Other, Id("C1"))); // 11
        units.Add(new OrgUnit(Id("C3"), "丙", UnitKind.Other, Id("C2"))); // 12: also a tail
        units.Add(new OrgUnit(Id("T2"), "尾二", UnitKind.Other, Id("T"))); // 13

        var report = BuildFails(units);

        report.ShouldHaveExactly((VocabularyIssueCodes.ParentCycle, At(10, "parentId")));
        report.Issues[0].Message.Should().NotContain("'T'").And.NotContain("'C3'");
    }

    [Fact]
    public void Build_TwoSeparateCycles_ReportsEachOnce()
    {
        var units = Units().ToList();
        units.Add(new OrgUnit(Id("A1"), "甲", UnitKind.Other, Id("A2"))); // 9
        units.Add(new OrgUnit(Id("B1"), "乙", UnitKind.Other, Id("B1"))); // 10
        units.Add(new OrgUnit(Id("A2"), "丙", UnitKind.Other, Id("A1"))); // 11

        BuildFails(units).ShouldHaveExactly(
            (VocabularyIssueCodes.ParentCycle, At(9, "parentId")),
            (VocabularyIssueCodes.ParentCycle, At(10, "parentId")));
    }

    [Fact]
    public void Build_TwoRoots_ReportsAK013ForEachRoot()
    {
        var units = Units().ToList();
        units.Add(new OrgUnit(Id("SZ"), "苏州市委", UnitKind.City));

        var report = BuildFails(units);

        report.ShouldHaveExactly(
            (VocabularyIssueCodes.MultipleRoots, At(0, "parentId")),
            (VocabularyIssueCodes.MultipleRoots, At(9, "parentId")));
        report.Issues.Should().OnlyContain(i => i.Text["units"]!.Value.Kind == MessageArgumentKind.List);
        report.Issues.Should().OnlyContain(i => i.Render(MessageCatalog.English).Contains("NT, SZ") && i.Render(MessageCatalog.Chinese).Contains("NT、SZ"));
    }

    [Fact]
    public void Build_ThreeRoots_ReportsThreeAK013()
    {
        var units = Units().ToList();
        units.Insert(2, new OrgUnit(Id("SZ"), "苏州市委", UnitKind.City));
        units.Add(new OrgUnit(Id("YZ"), "扬州市委", UnitKind.City));

        BuildFails(units).ShouldHaveExactly(
            (VocabularyIssueCodes.MultipleRoots, At(0, "parentId")),
            (VocabularyIssueCodes.MultipleRoots, At(2, "parentId")),
            (VocabularyIssueCodes.MultipleRoots, At(10, "parentId")));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    public void Build_BlankName_ReportsAK002AtName(string name)
    {
        var units = Units();
        units[5] = units[5] with { Name = name };

        BuildFails(units).ShouldHaveExactly((VocabularyIssueCodes.EmptyName, At(5, "name")));
    }

    [Fact]
    public void OrgUnit_NullName_ThrowsArgumentNullException()
    {
        var act = () => new OrgUnit(NT, null!, UnitKind.City);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Build_DefaultId_ReportsAK001AtId()
    {
        var units = Units().ToList();
        units.Insert(6, new OrgUnit(default, "无编号单位", UnitKind.Township, HA));

        BuildFails(units).ShouldHaveExactly((VocabularyIssueCodes.InvalidIdentifier, At(6, "id")));
    }

    [Fact]
    public void Build_TwoDefaultIds_ReportsAK001EachNotDuplicate()
    {
        var units = Units().ToList();
        units.Add(new OrgUnit(default, "无编号甲", UnitKind.Township, HA));
        units.Add(new OrgUnit(default, "无编号乙", UnitKind.Township, HA));

        BuildFails(units).ShouldHaveExactly(
            (VocabularyIssueCodes.InvalidIdentifier, At(9, "id")),
            (VocabularyIssueCodes.InvalidIdentifier, At(10, "id")));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10)]
    [InlineData(42)]
    public void Build_UndefinedKind_ReportsAK003AtKind(int kind)
    {
        var units = Units();
        units[7] = units[7] with { Kind = (UnitKind)kind };

        BuildFails(units).ShouldHaveExactly((VocabularyIssueCodes.UndefinedEnumValue, At(7, "kind")));
    }

    [Fact]
    public void Build_SeveralProblems_ReportsThemAllInOneException()
    {
        OrgUnit[] units =
        [
            new(NT, "南通市委", UnitKind.City),                               // 0 root
            new(RG, "如皋市委", UnitKind.County, NT),                          // 1
            new(RG, "如皋市委（重复）", UnitKind.County, NT),                   // 2 duplicate id
            new(Id("RG-01"), " ", UnitKind.Township, RG),                     // 3 blank name
            new(Id("HM-01"), "某镇", UnitKind.Township, Id("HM")),             // 4 unknown parent
            new(Id("X"), "自指", (UnitKind)99, Id("X")),                       // 5 undefined kind + self cycle
            new(default, "无编号", UnitKind.Township, RG),                      // 6 default id
            new(Id("SZ"), "苏州市委", UnitKind.City),                           // 7 second root
        ];

        var report = BuildFails(units);

        report.ShouldHaveExactly(
            (VocabularyIssueCodes.DuplicateOrgUnit, At(2, "id")),
            (VocabularyIssueCodes.EmptyName, At(3, "name")),
            (VocabularyIssueCodes.UnknownParent, At(4, "parentId")),
            (VocabularyIssueCodes.UndefinedEnumValue, At(5, "kind")),
            (VocabularyIssueCodes.ParentCycle, At(5, "parentId")),
            (VocabularyIssueCodes.InvalidIdentifier, At(6, "id")),
            (VocabularyIssueCodes.MultipleRoots, At(0, "parentId")),
            (VocabularyIssueCodes.MultipleRoots, At(7, "parentId")));
    }

    [Fact]
    public void TryBuild_ValidList_ReturnsTreeAndEmptyReport()
    {
        OrgTree.TryBuild(Units(), out var tree, out var report).Should().BeTrue();

        tree.Should().NotBeNull();
        tree!.Units.Select(u => u.Id).Should().Equal(PreOrder);
        report.IsValid.Should().BeTrue();
        report.Issues.Should().BeEmpty();
        OrgTree.Validate(Units()).Issues.Should().BeEmpty();
    }

    public static TheoryData<string> BadLists => new() { "empty", "cycle", "duplicate", "tworoots", "several" };

    private static OrgUnit[] BadList(string name)
    {
        var units = Units().ToList();
        switch (name)
        {
            case "empty":
                return [];
            case "cycle":
                units.Add(new OrgUnit(Id("C1"), "甲", UnitKind.Other, Id("C2")));
                units.Add(new OrgUnit(Id("C2"), "乙", UnitKind.Other, Id("C1")));
                break;
            case "duplicate":
                units.Add(new OrgUnit(JW, "市纪委监委", UnitKind.CityDepartment, NT));
                break;
            case "tworoots":
                units.Add(new OrgUnit(Id("SZ"), "苏州市委", UnitKind.City));
                break;
            default:
                units.Add(new OrgUnit(Id("SZ"), " ", (UnitKind)50));
                units.Add(new OrgUnit(Id("Q"), "某单位", UnitKind.Other, Id("Nowhere")));
                break;
        }

        return [.. units];
    }

    [Theory]
    [MemberData(nameof(BadLists))]
    public void TryBuildAndValidate_BadList_AgreeWithBuild(string name)
    {
        var units = BadList(name);
        var thrown = BuildFails(units);

        var built = OrgTree.TryBuild(units, out var tree, out var tryReport);
        var validated = OrgTree.Validate(units);

        built.Should().BeFalse();
        tree.Should().BeNull();
        thrown.Issues.Should().NotBeEmpty();
        tryReport.Issues.Should().Equal(thrown.Issues);
        validated.Issues.Should().Equal(thrown.Issues);
        validated.IsValid.Should().BeFalse();
    }
}
