using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.People;
using NodaTime;

namespace AccountabilityKit.Checklists.Tests.Tailoring;

public class ResponsibilityChecklistJsonTests
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
        var list = ResponsibilityChecklistJson.Load(Valid);

        list.Owner.Should().Be(TestChecklists.Member("P1", CadreRole.TeamMember));
        list.Items.Single().Milestones.Single().Should().Be(new Milestone(new LocalDate(2021, 6, 30), "半年小结", new LocalDate(2021, 6, 28)));
    }

    [Fact]
    public void Save_ThenLoad_RoundTripsATailoredList()
    {
        var list = TestChecklists.Tailored(BuiltInTemplates.CountyCommittee2021, TestChecklists.Team(), seed: 3);

        var again = ResponsibilityChecklistJson.Load(ResponsibilityChecklistJson.Save(list));

        ResponsibilityChecklistJson.Save(again).Should().Be(ResponsibilityChecklistJson.Save(list));
        again.Owner.IsTeam.Should().BeTrue();
        again.Items.Should().HaveCount(list.Items.Length);
        ResponsibilityChecklistJson.Save(list).Should().NotContain("\"person\"");
    }

    [Fact]
    public void Load_BadIdsYearAndOwner_AreReportedAtOnce()
    {
        var json = Valid
            .Replace("\"id\": \"RG-P1-2021\"", "\"id\": \"\"", StringComparison.Ordinal)
            .Replace("\"year\": 2021", "\"year\": 20210", StringComparison.Ordinal)
            .Replace("\"unit\": \"RG\"", "\"unit\": \" RG\"", StringComparison.Ordinal)
            .Replace(", \"role\": \"teamMember\"", string.Empty, StringComparison.Ordinal);

        ResponsibilityChecklistJson.TryLoad(json, out var list, out var report).Should().BeFalse();

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

        ResponsibilityChecklistJson.TryLoad(json, out _, out var report).Should().BeFalse();

        report.Issues.Should().ContainSingle().Which.Path.Should().Be("$.items[0].milestones[0].due");
        report.Issues[0].Code.Should().Be("AK043");
    }

    [Fact]
    public void Schema_CommittedFile_EqualsGenerated()
    {
        var generated = ResponsibilityChecklistJson.GenerateSchema();
        var path = TestFiles.PackageFile("Tailoring/responsibility-checklist.schema.json");
        if (TestFiles.Regenerate)
        {
            File.WriteAllText(path, generated);
        }

        File.ReadAllText(path).Should().Be(generated, "run the tests with AK_REGENERATE=1 after changing the format");
        ResponsibilityChecklistJson.Schema.Should().Be(generated);
        generated.Should().Contain("\"completionStandard\"").And.Contain("\"required\"");
    }

    [Fact]
    public void SaveToStream_ThenLoadFromStream_RoundTrips()
    {
        var list = ResponsibilityChecklistJson.Load(Valid);
        using var stream = new MemoryStream();

        ResponsibilityChecklistJson.Save(list, stream);
        stream.Position = 0;
        var again = ResponsibilityChecklistJson.Load(stream);

        ResponsibilityChecklistJson.Save(again).Should().Be(ResponsibilityChecklistJson.Save(list));
        stream.ToArray().Should().Equal(System.Text.Encoding.UTF8.GetBytes(ResponsibilityChecklistJson.Save(list)), "UTF-8 without a BOM");
    }

    [Fact]
    public void LoadFromStream_InvalidUtf8_IsRefusedWithAK045AndItsByteOffset()
    {
        byte[] bytes = [.. System.Text.Encoding.UTF8.GetBytes("{\"id\": \""), 0xC3, 0x28, .. System.Text.Encoding.UTF8.GetBytes("\"}")];
        using var stream = new MemoryStream(bytes);

        var act = () => ResponsibilityChecklistJson.Load(stream);

        act.Should().Throw<AccountabilityKit.Validation.ValidationFailedException>().Which.Report.Issues.Should().ContainSingle()
            .Which.Should().Match<AccountabilityKit.Validation.ValidationIssue>(i => i.Code == "AK045" && i.Text.Render(System.Globalization.CultureInfo.GetCultureInfo("en")).Contains("offset 8"));
    }
}
