using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Organization;

namespace AccountabilityKit.Checklists.Tests.Templates;

public class BuiltInTemplatesTests
{
    [Fact]
    public void CountyCommittee2021_IsTheImportOfTheTable()
    {
        var imported = ChecklistTemplateJson.Save(TestFiles.ImportCounty());
        if (TestFiles.Regenerate)
        {
            File.WriteAllText(TestFiles.PackageFile("Templates/Data/county-committee-2021.json"), imported);
        }

        ChecklistTemplateJson.Save(BuiltInTemplates.CountyCommittee2021).Should().Be(imported);
        BuiltInTemplates.Json("county-committee-2021.json").Should().Be(imported);
    }

    [Fact]
    public void CityDepartment2021_IsTheImportOfTheTable()
    {
        var imported = ChecklistTemplateJson.Save(TestFiles.ImportDepartment());
        if (TestFiles.Regenerate)
        {
            File.WriteAllText(TestFiles.PackageFile("Templates/Data/city-department-2021.json"), imported);
        }

        ChecklistTemplateJson.Save(BuiltInTemplates.CityDepartment2021).Should().Be(imported);
    }

    [Fact]
    public void CountyCommittee2021_Has27AspectsAnd94Duties_AsPublished()
    {
        var t = BuiltInTemplates.CountyCommittee2021;

        t.Aspects.Should().HaveCount(27);
        t.Duties.Should().HaveCount(94);
        t.Duties.Count(d => d.IsMandatory).Should().Be(66);
        t.Duties.Count(d => d.IsFirstForm).Should().Be(10);
        t.Duties.Count(d => d.AppliesTo(DutyRole.Team)).Should().Be(70);
        t.Duties.Count(d => d.AppliesTo(DutyRole.Secretary)).Should().Be(14);
        t.Duties.Count(d => d.AppliesTo(DutyRole.Member)).Should().Be(11);
        t.Duties.Count(d => d.AppliesTo(DutyRole.DisciplineSecretary)).Should().Be(8);
        t.Duties.Count(d => d.Frequency == DutyFrequency.HalfYearly).Should().Be(8);
        t.UnitKinds.Should().Equal(UnitKind.County);
        t.Year.Value.Should().Be(2021);
        t.AspectOf("C06-03")!.Code.Should().Be("C06");
    }

    [Fact]
    public void CityDepartment2021_Has21AspectsAnd65Duties_AsPublished()
    {
        var t = BuiltInTemplates.CityDepartment2021;

        t.Aspects.Should().HaveCount(21);
        t.Duties.Should().HaveCount(65);
        t.Duties.Count(d => d.IsMandatory).Should().Be(46);
        t.Duties.Count(d => d.IsFirstForm).Should().Be(6);
        t.Duties.Count(d => d.AppliesTo(DutyRole.Team)).Should().Be(49);
        t.Duties.Count(d => d.Frequency == DutyFrequency.Monthly).Should().Be(1);
        t.Duties.Count(d => d.Frequency is null).Should().Be(42);
    }

    [Fact]
    public void All_ListsEveryShippedTemplate_OnceAndShared()
    {
        BuiltInTemplates.All.Should().Equal(BuiltInTemplates.CountyCommittee2021, BuiltInTemplates.CityDepartment2021);
        BuiltInTemplates.All[0].Should().BeSameAs(BuiltInTemplates.CountyCommittee2021, "a default is loaded once");
    }
}
