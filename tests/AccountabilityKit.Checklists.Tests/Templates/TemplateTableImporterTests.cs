using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;

namespace AccountabilityKit.Checklists.Tests.Templates;

public class TemplateTableImporterTests
{
    internal const string Header = "aspect_code\taspect_title\tduty_code\tduty_text\tmandatory\troles\ttags\tfrequency\tsuggested_milestone";

    /// <summary>Rows with every problem the importer reports by line (also run by the message corpus test).</summary>
    internal static readonly string BadRows = string.Join('\n',
        Header,
        "A01\t一\tA01-01\t任务一\tyes\tteam,mayor\t\tdaily\t年底前",
        "A01\t一\tA01-01\t\ttrue\tteam\t\t\t年底前",
        "A01\t一\tA01-03\t缺列",
        string.Empty);

    [Fact]
    public void Import_CountyTable_MapsRolesTagsAndFrequencies()
    {
        var t = TestFiles.ImportCounty();

        t.Duties.Should().HaveCount(94);
        var halfYearly = t.FindDuty("C01-02")!;
        halfYearly.Frequency.Should().Be(DutyFrequency.HalfYearly);
        halfYearly.Tags.Should().Equal("frequency");
        halfYearly.SuggestedMilestone.Should().Be("6月底、12月底前");
        t.Duties.Should().Contain(d => d.AppliesTo(DutyRole.DisciplineSecretary));
    }

    [Fact]
    public void Import_BadRows_ReportsEveryProblemByLine()
    {
        var ok = TemplateTableImporter.TryImport(BadRows, "x", new AssessmentYear(2021), "标题", [UnitKind.County], out var template, out var report);

        ok.Should().BeFalse();
        template.Should().BeNull();
        report.Issues.Select(i => (i.Code, i.Path)).Should().BeEquivalentTo(new[]
        {
            ("CL013", "line 2.mandatory"),
            ("CL008", "line 2.roles"),
            ("CL009", "line 2.frequency"),
            ("CL013", "line 4.*"),
            ("CL006", "line 3.duty_code"),
            ("CL004", "line 3.duty_text"),
        });
    }

    [Fact]
    public void Import_WrongHeader_ReportsLine1()
    {
        var ok = TemplateTableImporter.TryImport("code\ttext\n", "x", new AssessmentYear(2021), "标题", [UnitKind.County], out _, out var report);

        ok.Should().BeFalse();
        report.Issues.Should().ContainSingle(i => i.Code == "CL013" && i.Path == "line 1");
    }

    [Fact]
    public void Import_CrLfLineEndings_AreAccepted()
    {
        var table = Header + "\r\nA01\t一\tA01-01\t任务一\ttrue\tteam,discipline_secretary\tfirst-form\thalf-yearly\t年底前\r\n";

        var t = TemplateTableImporter.Import(table, "x", new AssessmentYear(2021), "标题", [UnitKind.County]);

        t.FindDuty("A01-01")!.Roles.Should().Equal(DutyRole.Team, DutyRole.DisciplineSecretary);
        t.FindDuty("A01-01")!.IsFirstForm.Should().BeTrue();
    }
}
