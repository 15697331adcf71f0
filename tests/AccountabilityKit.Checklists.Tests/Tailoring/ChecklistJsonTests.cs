using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.Checklists.Tests.Tailoring;

public class ChecklistJsonTests
{
    internal const string Valid = """
        {
          "id": "RG-P1-2021", "templateId": "county-committee-2021", "year": 2021,
          "owner": { "unit": "RG", "person": "P1", "role": "teamMember" },
          "items": [ { "id": "i1", "dutyCodes": ["C03-02"], "content": "内容", "measures": "每季度开展谈心谈话",
            "milestones": [ { "due": "2021-06-30", "deliverable": "半年小结", "completedOn": "2021-06-28" } ],
            "completionStandard": "标准" } ]
        }
        """;

    [Fact]
    public void Load_ValidDocument_BuildsTheChecklist()
    {
        var list = ChecklistJson.Load(Valid);

        list.Owner.Should().Be(TestChecklists.Member("P1", CadreRole.TeamMember));
        list.Items.Single().Milestones.Single().Should().Be(new Milestone(new LocalDate(2021, 6, 30), "半年小结", new LocalDate(2021, 6, 28)));
    }

    [Fact]
    public void Save_ThenLoad_RoundTripsATailoredList()
    {
        var list = TestChecklists.Tailored(BuiltInTemplates.CountyCommittee2021, TestChecklists.Team(), seed: 3);

        var again = ChecklistJson.Load(ChecklistJson.Save(list));

        ChecklistJson.Save(again).Should().Be(ChecklistJson.Save(list));
        again.Owner.IsTeam.Should().BeTrue();
        again.Items.Should().HaveCount(list.Items.Length);
        ChecklistJson.Save(list).Should().NotContain("\"person\"");
    }

    [Fact]
    public void Load_BadIdsYearAndOwner_AreReportedAtOnce()
    {
        var json = Valid
            .Replace("\"id\": \"RG-P1-2021\"", "\"id\": \"\"", StringComparison.Ordinal)
            .Replace("\"year\": 2021", "\"year\": 20210", StringComparison.Ordinal)
            .Replace("\"unit\": \"RG\"", "\"unit\": \" RG\"", StringComparison.Ordinal)
            .Replace(", \"role\": \"teamMember\"", string.Empty, StringComparison.Ordinal);

        ChecklistJson.TryLoad(json, out var list, out var report).Should().BeFalse();

        list.Should().BeNull();
        report.Issues.Select(i => (i.Code, i.Path)).Should().BeEquivalentTo(new[]
        {
            ("CL014", "$.id"), ("CL002", "$.year"), ("AK001", "$.owner.unit"), ("CL014", "$.owner"),
        });
    }

    [Fact]
    public void Load_BadDate_ReportsAK043AtThePath()
    {
        var json = Valid.Replace("2021-06-30", "2021-06-31", StringComparison.Ordinal);

        ChecklistJson.TryLoad(json, out _, out var report).Should().BeFalse();

        report.Issues.Should().ContainSingle().Which.Path.Should().Be("$.items[0].milestones[0].due");
        report.Issues[0].Code.Should().Be("AK043");
    }
}
