using AccountabilityKit.Checklists.Records;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using NodaTime;
using NodaTime.Testing;

namespace AccountabilityKit.EntityFrameworkCore.Tests.Checklists;

/// <summary>Checklist aggregates with every optional part filled in (and some left out), for round trips.</summary>
internal static class ChecklistSamples
{
    public static readonly OrgUnitId City = new("city");
    public static readonly OrgUnitId CountyA = new("county-a");
    public static readonly OrgUnitId CountyB = new("county-b");

    public static readonly OrgUnit[] Units =
    [
        new(City, "某市委", UnitKind.City),
        new(CountyA, "甲县委", UnitKind.County, City),
        new(CountyB, "乙县委", UnitKind.County, City),
    ];

    public static ChecklistTemplate Template(int version = 1) =>
        new("county-committee-2022", new AssessmentYear(2022), version, "县委落实全面从严治党主体责任清单",
            [UnitKind.County, UnitKind.City],
            [
                new Aspect("C01", "政治建设", 1,
                [
                    new Duty("C01-01", "每季度专题研究党风廉政建设工作", true, [DutyRole.Team], [Duty.FrequencyTag])
                    {
                        Frequency = DutyFrequency.Quarterly,
                        SuggestedMilestone = "每季度末",
                        Lineage = new DutyLineage(LineageKind.Same, "C01-01"),
                    },
                    new Duty("C01-02", "书记履行第一责任人职责", true, [DutyRole.Secretary, DutyRole.Member])
                    {
                        Lineage = new DutyLineage(LineageKind.New, null),
                    },
                ]),
                new Aspect("C06", "监督执纪", 2,
                [
                    new Duty("C06-03", "开展谈心谈话", false, [DutyRole.Member], [Duty.FirstFormTag, "talks"]),
                ]),
            ])
        {
            PreviousTemplateId = "county-committee-2021",
            WithdrawnDutyCodes = ["C02-09", "C03-01"],
        };

    public static ResponsibilityChecklist Checklist(string id, OrgUnitId unit, int year = 2022, bool member = true) =>
        new(id, "county-committee-2022", new AssessmentYear(year),
            member ? ChecklistOwner.Member(unit, new PersonId($"{id}-p"), CadreRole.Secretary) : ChecklistOwner.Team(unit),
            [
                new ChecklistItem("i1", ["C01-01"], "研究部署党风廉政建设", "召开常委会专题研究",
                [
                    new Milestone(new LocalDate(year, 3, 31), "形成专题研究会议纪要", new LocalDate(year, 3, 28)),
                    new Milestone(new LocalDate(year, 6, 30), "形成第二季度会议纪要"),
                ], "每季度至少一次"),
                new ChecklistItem("i2", ["C01-02", "C06-03"], "履行第一责任人职责", "约谈下级党组织书记", [], "全年约谈全覆盖"),
            ]);

    public static ChecklistReview Review(string checklistId, int steps)
    {
        var clock = new FakeClock(Instant.FromUtc(2022, 1, 10, 9, 30) + Duration.FromTicks(1234567), Duration.FromHours(5));
        var owner = new PersonId("owner-1");
        var reviewer = new PersonId("reviewer-1");
        var review = ChecklistReview.Start(checklistId);
        Func<ChecklistReview, ChecklistReview>[] actions =
        [
            r => r.Submit(owner, clock),
            r => r.Return(reviewer, clock, ["CL012", "CL020"], "措施不具体"),
            r => r.Submit(owner, clock),
            r => r.Return(reviewer, clock, [], "完成标准不可考核"),
            r => r.Submit(owner, clock),
            r => r.Approve(reviewer, clock),
        ];
        foreach (var action in actions.Take(steps))
        {
            review = action(review);
        }

        return review;
    }

    public static DutyRecord[] Records(string checklistId) =>
    [
        new(checklistId, "i1", new LocalDate(2022, 3, 28), DutyRecordKind.TopicMeeting, "常委会专题研究党风廉政建设", ["县委办〔2022〕12号"]),
        new(checklistId, "i2", new LocalDate(2022, 4, 15), DutyRecordKind.ReminderTalk, "约谈三名乡镇党委书记", [], 3),
    ];
}
