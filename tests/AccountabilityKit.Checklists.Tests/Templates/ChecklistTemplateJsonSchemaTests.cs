using AccountabilityKit.Checklists.Templates;

namespace AccountabilityKit.Checklists.Tests.Templates;

public class ChecklistTemplateJsonSchemaTests
{
    [Fact]
    public void Schema_CommittedFile_EqualsGenerated()
    {
        var generated = ChecklistTemplateJson.GenerateSchema();
        var path = TestFiles.PackageFile("Templates/checklist-template.schema.json");
        if (TestFiles.Regenerate)
        {
            File.WriteAllText(path, generated);
        }

        File.ReadAllText(path).Should().Be(generated, "run the tests with AK_REGENERATE=1 after changing the format");
        ChecklistTemplateJson.Schema.Should().Be(generated);
    }

    [Fact]
    public void Schema_NamesTheRequiredProperties()
    {
        var schema = ChecklistTemplateJson.GenerateSchema();

        schema.Should().Contain("\"aspects\"").And.Contain("\"isMandatory\"").And.Contain("\"required\"");
    }
}
