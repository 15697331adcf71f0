using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.Checklists.Tests;

/// <summary>Builds honestly tailored checklists for tests: one item per duty of the owner's roles, each with its own wording.</summary>
internal static class TestChecklists
{
    private static readonly string[] Fields = ["城乡建设", "教育卫生", "财政金融", "农业农村", "政法维稳", "宣传文化", "组织人事", "纪检监察", "生态环境", "营商环境"];
    private static readonly string[] Verbs = ["牵头梳理", "逐月排查", "带队走访", "组织复盘", "专题调研", "建立台账跟踪", "召集分管部门研究", "深入基层督导"];
    private static readonly string[] Objects = ["廉政风险点", "重点工程项目", "专项资金使用", "信访举报线索", "干部作风问题", "制度执行漏洞", "群众反映强烈的问题", "分管单位主要负责人"];

    public static ChecklistOwner Team(string unit = "RG") => ChecklistOwner.Team(new OrgUnitId(unit));

    public static ChecklistOwner Member(string person, CadreRole role = CadreRole.TeamMember, string unit = "RG") =>
        ChecklistOwner.Member(new OrgUnitId(unit), new PersonId(person), role);

    /// <summary>A valid checklist: every duty of the owner's roles, honestly tailored; <paramref name="seed"/> varies the wording.</summary>
    public static ResponsibilityChecklist Tailored(ChecklistTemplate template, ChecklistOwner owner, int seed, string? id = null)
    {
        var random = new Random(seed);
        var items = template.DutiesFor([.. owner.DutyRoles]).Select((duty, i) =>
        {
            string Pick(string[] words) => words[random.Next(words.Length)];
            var field = Pick(Fields);
            var content = $"{field}领域{Pick(Verbs)}{Pick(Objects)}，本人负责第{i + 1}项：{Pick(Objects)}{random.Next(2, 9)}类问题{Pick(Verbs)}";
            var measures = duty.IsFirstForm
                ? $"每季度对{field}分管单位负责人开展谈心谈话{random.Next(1, 5)}次，发现苗头问题及时提醒"
                : $"{Pick(Verbs)}{field}{Pick(Objects)}，形成{random.Next(2, 12)}份工作记录";
            return new ChecklistItem(
                $"i{i + 1}",
                [duty.Code],
                content,
                measures,
                [new Milestone(new LocalDate(2021, 6, 30), $"上半年{field}进展报告"), new Milestone(new LocalDate(2021, 12, 20), $"{field}全年总结")],
                $"{field}{Pick(Objects)}问题整改率达到{random.Next(90, 101)}%");
        });
        return new ResponsibilityChecklist(id ?? $"{owner.Unit}-{owner.Person?.Value ?? "team"}", template.Id, template.Year, owner, items);
    }
}
