using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Checklists.Tests.Tailoring;

public class ChecklistValidatorTests
{
    private static readonly ChecklistTemplate County = BuiltInTemplates.CountyCommittee2021;

    private static ResponsibilityChecklist Team() => TestChecklists.Tailored(County, TestChecklists.Team(), seed: 1);

    private static ResponsibilityChecklist Secretary() => TestChecklists.Tailored(County, TestChecklists.Member("P1", CadreRole.Secretary), seed: 2);

    private static ResponsibilityChecklist WithItem(ResponsibilityChecklist list, int index, Func<ChecklistItem, ChecklistItem> change) =>
        list with { Items = list.Items.SetItem(index, change(list.Items[index])) };

    private static ChecklistItem Rebuild(ChecklistItem item, IEnumerable<string>? codes = null, string? content = null, string? measures = null, IEnumerable<Milestone>? milestones = null, string? standard = null, string? id = null) =>
        new(id ?? item.Id, codes ?? item.DutyCodes, content ?? item.Content, measures ?? item.Measures, milestones ?? item.Milestones, standard ?? item.CompletionStandard);

    private static IEnumerable<(string Code, string Path)> Issues(ResponsibilityChecklist list) =>
        ChecklistValidator.Validate(County, list).Issues.Select(i => (i.Code, i.Path));

    [Theory]
    [InlineData(null)]
    [InlineData(CadreRole.Secretary)]
    [InlineData(CadreRole.TeamMember)]
    [InlineData(CadreRole.DisciplineSecretary)]
    [InlineData(CadreRole.DeputySecretary)]
    public void Validate_HonestlyTailoredList_HasNoIssues(CadreRole? role)
    {
        var owner = role is { } r ? TestChecklists.Member("P9", r) : TestChecklists.Team();
        var list = TestChecklists.Tailored(County, owner, seed: 7);

        var report = ChecklistValidator.Validate(County, list);

        report.Issues.Should().BeEmpty();
        list.Items.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData(CadreRole.Secretary)]
    [InlineData(CadreRole.TeamMember)]
    [InlineData(CadreRole.DisciplineSecretary)]
    public void Validate_HonestlyTailoredDepartmentList_HasNoIssues(CadreRole? role)
    {
        var department = BuiltInTemplates.CityDepartment2021;
        var owner = role is { } r ? TestChecklists.Member("P9", r, "CD01") : TestChecklists.Team("CD01");
        var list = TestChecklists.Tailored(department, owner, seed: 11);

        ChecklistValidator.Validate(department, list).Issues.Should().BeEmpty();
        list.Items.Select(i => i.DutyCodes[0]).Should().BeEquivalentTo(department.DutiesFor([.. owner.DutyRoles]).Select(d => d.Code));
    }

    [Fact]
    public void Validate_DepartmentListMissingTheFourPersonally_ReportsCL020ForEach()
    {
        var department = BuiltInTemplates.CityDepartment2021;
        var list = TestChecklists.Tailored(department, TestChecklists.Member("P1", CadreRole.Secretary, "CD01"), seed: 12);
        var fourPersonally = new[] { "D06-01", "D06-02", "D06-03", "D06-04" };
        list = list with { Items = [.. list.Items.Where(i => !fourPersonally.Contains(i.DutyCodes[0]))] };

        var missing = ChecklistValidator.Validate(department, list).Issues.Where(i => i.Code == "CL020").Select(i => (string)i.Text["code"]!.Value.Value).ToList();

        var mandatory = fourPersonally.Where(c => department.FindDuty(c)!.IsMandatory).ToList();
        mandatory.Should().NotBeEmpty();
        missing.Should().HaveCount(mandatory.Count);
        missing.Should().BeEquivalentTo(mandatory);
    }

    [Fact]
    public void Validate_MandatoryDutyMissing_ReportsCL020PerDuty()
    {
        var list = Team();
        var mandatory = County.DutiesFor([DutyRole.Team]).Where(d => d.IsMandatory).Take(2).Select(d => d.Code).ToHashSet();
        var trimmed = list with { Items = [.. list.Items.Where(i => !mandatory.Contains(i.DutyCodes[0]))] };

        var report = ChecklistValidator.Validate(County, trimmed);

        report.Issues.Where(i => i.Code == "CL020").Should().HaveCount(2).And.OnlyContain(i => i.Path == "$.items");
        report.Issues.Where(i => i.Code == "CL020").Select(i => (string)i.Text["code"]!.Value.Value).Should().BeEquivalentTo(mandatory);
    }

    [Fact]
    public void Validate_OptionalDutyMissing_IsNotReported()
    {
        var list = Team();
        var optional = County.DutiesFor([DutyRole.Team]).First(d => !d.IsMandatory && !d.IsFirstForm).Code;

        var trimmed = list with { Items = [.. list.Items.Where(i => i.DutyCodes[0] != optional)] };

        ChecklistValidator.Validate(County, trimmed).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Validate_UnknownOrNoDuty_ReportsCL021()
    {
        var list = WithItem(Team(), 0, i => Rebuild(i, codes: [i.DutyCodes[0], "C99-01"]));
        list = WithItem(list, 1, i => Rebuild(i, codes: []));

        Issues(list).Should().Contain([("CL021", "$.items[0].dutyCodes[1]"), ("CL021", "$.items[1].dutyCodes")]);
    }

    [Fact]
    public void Validate_EmptyTexts_ReportCL022To024()
    {
        var list = WithItem(Team(), 2, i => Rebuild(i, content: " ", measures: "", standard: "\t"));

        Issues(list).Should().Contain([("CL022", "$.items[2].content"), ("CL023", "$.items[2].measures"), ("CL024", "$.items[2].completionStandard")]);
    }

    [Fact]
    public void Validate_NoMilestones_ReportsCL025()
    {
        var list = WithItem(Team(), 3, i => Rebuild(i, milestones: []));

        Issues(list).Should().ContainSingle().Which.Should().Be(("CL025", "$.items[3].milestones"));
    }

    [Fact]
    public void Validate_MilestoneOutsideYearOrWithoutDeliverable_ReportsCL026()
    {
        var list = WithItem(Team(), 0, i => Rebuild(i, milestones: [new Milestone(new LocalDate(2021, 3, 31), " "), new Milestone(new LocalDate(2022, 1, 31), "次年总结")]));

        Issues(list).Should().BeEquivalentTo(new[] { ("CL026", "$.items[0].milestones[0].deliverable"), ("CL026", "$.items[0].milestones[1].due") });
    }

    [Fact]
    public void Validate_MilestonesOutOfOrder_ReportsCL027()
    {
        var list = WithItem(Team(), 0, i => Rebuild(i, milestones: [.. i.Milestones.Reverse()]));

        Issues(list).Should().ContainSingle().Which.Should().Be(("CL027", "$.items[0].milestones[1].due"));
    }

    [Fact]
    public void Validate_FirstFormDutyWithoutFirstFormMeasure_ReportsCL028AtTheMeasures()
    {
        var list = Secretary();
        var index = list.Items.ToList().FindIndex(i => County.FindDuty(i.DutyCodes[0])!.IsFirstForm);
        index.Should().BeGreaterThanOrEqualTo(0, "the secretary has first-form duties in the county template");
        list = WithItem(list, index, i => Rebuild(i, measures: "按计划推进各项工作，形成工作记录"));

        ChecklistValidator.Validate(County, list).Issues.Select(i => (i.Code, i.Path)).Should().ContainSingle().Which.Should().Be(("CL028", $"$.items[{index}].measures"));
    }

    [Fact]
    public void Validate_FirstFormDutyUncovered_ReportsCL028AtItems()
    {
        var list = Secretary();
        var firstForm = list.Items.First(i => County.FindDuty(i.DutyCodes[0])!.IsFirstForm);
        list = list with { Items = list.Items.Remove(firstForm) };

        Issues(list).Should().Contain(("CL028", "$.items"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("，")]
    [InlineData("  。")]
    public void Validate_ContentRepeatingDutyText_ReportsCL029(string punctuation)
    {
        var list = Team();
        var duty = County.FindDuty(list.Items[4].DutyCodes[0])!;
        list = WithItem(list, 4, i => Rebuild(i, content: punctuation + duty.Text.Replace("，", punctuation, StringComparison.Ordinal)));

        Issues(list).Should().ContainSingle().Which.Should().Be(("CL029", "$.items[4].content"));
    }

    [Fact]
    public void Validate_ContentQuotingPartOfDutyButTailored_IsNotReported()
    {
        var list = Team();
        var duty = County.FindDuty(list.Items[4].DutyCodes[0])!;
        list = WithItem(list, 4, i => Rebuild(i, content: duty.Text[..8] + "：本人结合分管的城乡建设领域，逐月排查重点工程项目廉政风险点并建立台账"));

        Issues(list).Should().BeEmpty();
    }

    [Fact]
    public void Validate_OtherTemplateOrYear_ReportsCL030()
    {
        var list = new ResponsibilityChecklist("x", "other", new AssessmentYear(2022), TestChecklists.Team(), Team().Items);

        Issues(list).Should().Contain([("CL030", "$.templateId"), ("CL030", "$.year")]);
    }

    [Fact]
    public void Validate_DuplicateOrEmptyItemId_ReportsCL031()
    {
        var list = WithItem(Team(), 1, i => Rebuild(i, id: "i1"));
        list = WithItem(list, 2, i => Rebuild(i, id: ""));

        Issues(list).Should().BeEquivalentTo(new[] { ("CL031", "$.items[1].id"), ("CL031", "$.items[2].id") });
    }

    [Fact]
    public void Validate_DutyOfAnotherRole_WarnsCL032AndStaysValid()
    {
        var list = Team();
        var secretaryOnly = County.Duties.First(d => d.Roles.SequenceEqual([DutyRole.Secretary])).Code;
        list = WithItem(list, 0, i => Rebuild(i, codes: [i.DutyCodes[0], secretaryOnly]));

        var report = ChecklistValidator.Validate(County, list);

        report.IsValid.Should().BeTrue();
        report.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == "CL032" && i.Severity == IssueSeverity.Warning && i.Path == "$.items[0].dutyCodes[1]");
    }

    [Fact]
    public void Validate_ManyProblems_AreAllReportedAtOnce()
    {
        var list = WithItem(Team(), 0, i => Rebuild(i, content: "", milestones: []));
        list = WithItem(list, 1, i => Rebuild(i, codes: ["nope"], measures: ""));

        Issues(list).Select(i => i.Code).Should().Contain(["CL022", "CL025", "CL021", "CL023", "CL020"]);
    }

    [Fact]
    public void RolesOf_MapsCadreRolesToDutyRoles()
    {
        ChecklistTemplate.RolesOf(null).Should().Equal(DutyRole.Team);
        ChecklistTemplate.RolesOf(CadreRole.Secretary).Should().Equal(DutyRole.Secretary, DutyRole.Member);
        ChecklistTemplate.RolesOf(CadreRole.DisciplineSecretary).Should().Equal(DutyRole.DisciplineSecretary, DutyRole.Member);
        ChecklistTemplate.RolesOf(CadreRole.OrganizationDepartmentHead).Should().Equal(DutyRole.Member);
    }
}
