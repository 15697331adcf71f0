using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using CsCheck;
using NodaTime;

namespace AccountabilityKit.Checklists.Tests.Templates;

public class ChecklistCarryForwardPropertyTests
{
    [Fact]
    public void Carry_EveryItemIsKeptOrDropped_AndKeptItemsCoverOnlyNewDuties()
    {
        // Last year: 8 duties. Next year: each old duty is continued (same/changed) or withdrawn at random.
        Gen.Select(Gen.Int[0, 2].Array[8], Gen.Int[0, 7].Array[1, 3].Array[0, 10]).Sample((fates, itemCodes) =>
        {
            var previous = new ChecklistTemplate("p", new AssessmentYear(2021), 1, "p", [UnitKind.County],
                [new Aspect("A", "a", 1, Enumerable.Range(0, 8).Select(i => new Duty($"A-{i}", $"任务{i}", false, [DutyRole.Team])))]);
            var duties = Enumerable.Range(0, 8).Where(i => fates[i] < 2)
                .Select(i => new Duty($"B-{i}", $"任务{i}", false, [DutyRole.Team]) { Lineage = new DutyLineage(fates[i] == 0 ? LineageKind.Same : LineageKind.Changed, $"A-{i}") })
                .ToList();
            duties.Add(new Duty("B-new", "新任务", false, [DutyRole.Team]) { Lineage = new DutyLineage(LineageKind.New, null) });
            var next = new ChecklistTemplate("n", new AssessmentYear(2022), 1, "n", [UnitKind.County], [new Aspect("B", "b", 1, duties)])
            {
                WithdrawnDutyCodes = [.. Enumerable.Range(0, 8).Where(i => fates[i] == 2).Select(i => $"A-{i}")],
            };
            var list = new ResponsibilityChecklist("c", previous.Id, previous.Year, ChecklistOwner.Team(new OrgUnitId("RG")),
                itemCodes.Select((codes, k) => new ChecklistItem($"i{k}", codes.Select(c => $"A-{c}"), "内容", "措施", [new Milestone(new LocalDate(2021, 2, 28), "交付")], "标准")));

            var result = ChecklistCarryForward.Carry(list, next, "c2");

            return result.Checklist.Items.Length + result.DroppedItems.Length == list.Items.Length
                && result.Checklist.Items.All(i => i.DutyCodes.All(c => next.FindDuty(c) is not null))
                && result.Checklist.Items.All(i => i.Milestones.All(m => m.Due == new LocalDate(2022, 2, 28)))
                && result.DroppedItems.All(i => i.DutyCodes.All(c => fates[c[^1] - '0'] == 2))
                && result.Flags.Issues.Count(f => f.Code == ChecklistsIssueCodes.DutyWithdrawn) == result.DroppedItems.Length;
        });
    }
}
