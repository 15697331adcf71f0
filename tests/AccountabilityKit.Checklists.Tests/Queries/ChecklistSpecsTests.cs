using AccountabilityKit.Checklists.Queries;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using NodaTime;
using NodaTime.Testing;

namespace AccountabilityKit.Checklists.Tests.Queries;

public class ChecklistSpecsTests
{
    private static readonly OrgTree Tree = OrgTree.Build(
    [
        new OrgUnit(new OrgUnitId("NT"), "南通市委", UnitKind.City),
        new OrgUnit(new OrgUnitId("RG"), "如皋市委", UnitKind.County, new OrgUnitId("NT")),
        new OrgUnit(new OrgUnitId("RG-01"), "如城街道党工委", UnitKind.Township, new OrgUnitId("RG")),
        new OrgUnit(new OrgUnitId("HA"), "海安市委", UnitKind.County, new OrgUnitId("NT")),
    ]);

    private static ResponsibilityChecklist List(string id, string unit, int year, params Milestone[] milestones) =>
        new(id, "t", new AssessmentYear(year), ChecklistOwner.Team(new OrgUnitId(unit)),
            [new ChecklistItem("i1", ["C01-01"], "内容", "措施", milestones, "标准")]);

    private static readonly ResponsibilityChecklist[] Lists =
    [
        List("d", "HA", 2021, new Milestone(new LocalDate(2021, 6, 30), "半年", new LocalDate(2021, 7, 5))),
        List("a", "RG", 2021, new Milestone(new LocalDate(2021, 3, 31), "一季度", new LocalDate(2021, 3, 1)), new Milestone(new LocalDate(2021, 6, 30), "半年")),
        List("b", "RG-01", 2022, new Milestone(new LocalDate(2022, 3, 31), "一季度")),
        List("c", "NT", 2021, new Milestone(new LocalDate(2021, 12, 31), "全年")),
    ];

    [Fact]
    public void ChecklistsOfYear_KeepsThatYearOrderedById()
    {
        new ChecklistsOfYearSpec(new AssessmentYear(2021)).Evaluate(Lists).Select(c => c.Id).Should().Equal("a", "c", "d");
    }

    [Fact]
    public void ChecklistsInScope_KeepsTheSubtree()
    {
        var spec = new ChecklistsInScopeSpec(DataScope.Subtree(Tree, new OrgUnitId("RG")));

        spec.Evaluate(Lists).Select(c => c.Id).Should().Equal("a", "b");
    }

    [Fact]
    public void ChecklistsWithOverdueMilestones_UsesDueDateAndCompletion()
    {
        new ChecklistsWithOverdueMilestonesSpec(new LocalDate(2021, 7, 1)).Evaluate(Lists).Select(c => c.Id).Should().Equal("a", "d");
        new ChecklistsWithOverdueMilestonesSpec(new LocalDate(2021, 7, 10)).Evaluate(Lists).Select(c => c.Id).Should().Equal("a");
        new ChecklistsWithOverdueMilestonesSpec(new LocalDate(2021, 6, 30)).Evaluate(Lists).Should().BeEmpty();
    }

    [Fact]
    public void ReturnedChecklists_KeepsReviewsInReturnedState()
    {
        var clock = new FakeClock(Instant.FromUtc(2021, 1, 10, 0, 0));
        var owner = new PersonId("P");
        var reviewer = new PersonId("R");
        ChecklistReview[] reviews =
        [
            ChecklistReview.Start("z").Submit(owner, clock).Return(reviewer, clock, ["CL029"], null),
            ChecklistReview.Start("y"),
            ChecklistReview.Start("x").Submit(owner, clock).Return(reviewer, clock, [], "雷同"),
            ChecklistReview.Start("w").Submit(owner, clock).Return(reviewer, clock, [], "雷同").Submit(owner, clock),
        ];

        new ReturnedChecklistsSpec().Evaluate(reviews).Select(r => r.ChecklistId).Should().Equal("x", "z");
    }
}
