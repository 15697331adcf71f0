using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.Checklists.Tests;

/// <summary>Builds honestly tailored checklists for tests: one item per duty of the owner's roles, each with its own wording.</summary>
internal static class TestChecklists
{
    private static readonly string[] Fields =
    [
        "城乡建设", "教育卫生", "财政金融", "农业农村", "政法维稳", "宣传文化", "组织人事", "纪检监察", "生态环境", "营商环境",
        "交通运输", "水利防汛", "招商引资", "民政养老", "市场监管", "应急管理", "国资国企", "统战宗教", "科技创新", "文旅体育",
    ];

    private static readonly string[] Verbs =
    [
        "牵头梳理", "逐月排查", "带队走访", "组织复盘", "专题调研", "建立台账跟踪", "召集研究", "深入基层督导", "约请座谈", "随机抽查",
        "现场查看", "听取汇报", "列出清单", "挂牌督办", "跟踪问效", "交叉互查", "明察暗访", "蹲点指导",
    ];

    private static readonly string[] Objects =
    [
        "廉政风险点", "重点工程项目", "专项资金使用", "信访举报线索", "干部作风问题", "制度执行漏洞", "群众急难愁盼", "下属单位负责人",
        "招投标环节", "审批权力运行", "惠民补贴发放", "巡察反馈问题", "审计整改事项", "公务接待开支", "基层党支部", "年轻干部教育",
        "执法办案质量", "项目资金拨付", "安全生产隐患", "作风建设短板",
    ];

    private static readonly string[] Deliverables = ["工作小结", "专题报告", "问题清单", "整改台账", "会议纪要", "督查通报", "调研报告", "情况说明"];

    private static readonly string[] Standards = ["问题整改到位", "台账销号清零", "群众满意度提升", "风险防控见效", "制度机制健全", "责任全部压实", "无违纪违法案件"];

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
            var content = $"{Pick(Verbs)}{field}{Pick(Objects)}，{Pick(Verbs)}{Pick(Objects)}";
            var measures = duty.IsFirstForm
                ? $"对{Pick(Fields)}{Pick(Objects)}开展谈心谈话{random.Next(1, 5)}次，{Pick(Verbs)}"
                : $"{Pick(Verbs)}{Pick(Fields)}{Pick(Objects)}，{Pick(Verbs)}{Pick(Objects)}";
            return new ChecklistItem(
                $"i{i + 1}",
                [duty.Code],
                content,
                measures,
                [new Milestone(new LocalDate(2021, 6, 30), Pick(Deliverables)), new Milestone(new LocalDate(2021, 12, 20), Pick(Deliverables))],
                $"{Pick(Objects)}{Pick(Standards)}");
        });
        return new ResponsibilityChecklist(id ?? $"{owner.Unit}-{owner.Person?.Value ?? "team"}", template.Id, template.Year, owner, items);
    }
}
