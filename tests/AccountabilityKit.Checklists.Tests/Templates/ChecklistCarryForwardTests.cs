using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Checklists.Tests.Templates;

public class ChecklistCarryForwardTests
{
    internal static readonly ChecklistTemplate Previous = new(
        "t-2021", new AssessmentYear(2021), 1, "2021", [UnitKind.County],
        [new Aspect("A01", "政治建设", 1,
        [
            new Duty("A01-01", "每季度专题研究", true, [DutyRole.Team]),
            new Duty("A01-02", "开展谈心谈话", true, [DutyRole.Team]),
            new Duty("A01-03", "建党百年活动", false, [DutyRole.Team]),
            new Duty("A01-04", "不变的任务", false, [DutyRole.Team]),
        ])]);

    internal static readonly ChecklistTemplate Next = ChecklistTemplateJson.Load("""
        {
          "id": "t-2022", "year": 2022, "version": 1, "title": "2022", "unitKinds": ["county"], "previousTemplateId": "t-2021",
          "withdrawnDutyCodes": ["A01-03"],
          "aspects": [ { "code": "B01", "title": "政治建设", "duties": [
            { "code": "B01-01", "text": "每季度专题研究", "isMandatory": true, "roles": ["team"], "lineage": { "kind": "same", "previousCode": "A01-01" } },
            { "code": "B01-02", "text": "每半年开展谈心谈话", "isMandatory": true, "roles": ["team"], "lineage": { "kind": "changed", "previousCode": "A01-02" } },
            { "code": "B01-03", "text": "新任务", "isMandatory": true, "roles": ["team"], "lineage": { "kind": "new" } },
            { "code": "A01-04", "text": "不变的任务", "isMandatory": false, "roles": ["team"] }
          ] } ]
        }
        """);

    internal static ResponsibilityChecklist LastYear() => new(
        "c-2021", "t-2021", new AssessmentYear(2021), ChecklistOwner.Team(new OrgUnitId("RG")),
        [
            Item("i1", "A01-01"),
            Item("i2", "A01-02"),
            Item("i3", "A01-03"),
            Item("i4", "A01-04"),
        ]);

    private static ChecklistItem Item(string id, string code) =>
        new(id, [code], "内容" + id, "措施" + id, [new Milestone(new LocalDate(2021, 6, 30), "报告", new LocalDate(2021, 6, 1))], "标准" + id);

    [Fact]
    public void Carry_KeepsContinuingItems_WithNewCodesAndMilestonesMovedOneYear()
    {
        var result = ChecklistCarryForward.Carry(LastYear(), Next, "c-2022");

        result.Checklist.Id.Should().Be("c-2022");
        result.Checklist.TemplateId.Should().Be("t-2022");
        result.Checklist.Year.Value.Should().Be(2022);
        result.Checklist.Items.Select(i => (i.Id, i.DutyCodes.Single())).Should().Equal(("i1", "B01-01"), ("i2", "B01-02"), ("i4", "A01-04"));
        result.Checklist.Items[0].Milestones.Single().Should().Be(new Milestone(new LocalDate(2022, 6, 30), "报告"));
        result.Checklist.Items[0].Content.Should().Be("内容i1");
    }

    [Fact]
    public void Carry_FlagsWithdrawnChangedAndNewDuties()
    {
        var result = ChecklistCarryForward.Carry(LastYear(), Next, "c-2022");

        result.DroppedItems.Select(i => i.Id).Should().Equal("i3");
        result.Flags.Issues.Select(i => (i.Code, i.Severity, i.Path)).Should().BeEquivalentTo(new[]
        {
            ("CL041", IssueSeverity.Warning, "$.items[1]"),
            ("CL040", IssueSeverity.Error, "$.items[2]"),
            ("CL042", IssueSeverity.Warning, "$.items"),
        });
        var uncovered = result.Flags.Issues.Single(i => i.Code == "CL042");
        uncovered.MessageId.Should().Be("Checklists.NewDutyUncovered");
        uncovered.Text["code"]!.Value.Value.Should().Be("B01-03");
    }

    [Fact]
    public void Carry_ThenValidate_OnlyTheNewMandatoryDutyIsMissing()
    {
        var result = ChecklistCarryForward.Carry(LastYear(), Next, "c-2022");

        var report = ChecklistValidator.Validate(Next, result.Checklist);

        report.Issues.Select(i => i.Code).Should().Equal("CL020");
    }
}
