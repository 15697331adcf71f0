using AccountabilityKit.Checklists.Queries;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using NodaTime;
using NodaTime.Testing;

namespace AccountabilityKit.Checklists.Tests.Queries;

internal static class SpecFixtures
{
    public static readonly OrgTree Tree = OrgTree.Build(
    [
        new OrgUnit(new OrgUnitId("NT"), "南通市委", UnitKind.City),
        new OrgUnit(new OrgUnitId("RG"), "如皋市委", UnitKind.County, new OrgUnitId("NT")),
        new OrgUnit(new OrgUnitId("RG-01"), "如城街道党工委", UnitKind.Township, new OrgUnitId("RG")),
        new OrgUnit(new OrgUnitId("HA"), "海安市委", UnitKind.County, new OrgUnitId("NT")),
    ]);

    public static ResponsibilityChecklist List(string id, string unit, int year, params Milestone[] milestones) =>
        new(id, "t", new AssessmentYear(year), ChecklistOwner.Team(new OrgUnitId(unit)),
            [new ChecklistItem("i1", ["C01-01"], "内容", "措施", milestones, "标准")]);

    public static readonly ResponsibilityChecklist[] Lists =
    [
        List("d", "HA", 2021, new Milestone(new LocalDate(2021, 6, 30), "半年", new LocalDate(2021, 7, 5))),
        List("a", "RG", 2021, new Milestone(new LocalDate(2021, 3, 31), "一季度", new LocalDate(2021, 3, 1)), new Milestone(new LocalDate(2021, 6, 30), "半年")),
        List("b", "RG-01", 2022, new Milestone(new LocalDate(2022, 3, 31), "一季度")),
        List("c", "NT", 2021, new Milestone(new LocalDate(2021, 12, 31), "全年")),
    ];
}
