using System.Text.Json.Nodes;
using AccountabilityKit.Accountability.Packs;

namespace AccountabilityKit.Accountability.Tests.Packs;

public class RegulationPackSchemaTests
{
    [Fact]
    public void Json_CommittedSchema_EqualsTheGeneratedOne()
    {
        var generated = RegulationPackSchema.Generate();
        var path = Environment.GetEnvironmentVariable("AK_WRITE_SCHEMA");
        if (!string.IsNullOrEmpty(path))
        {
            File.WriteAllText(path, generated);
        }

        JsonNode.DeepEquals(JsonNode.Parse(RegulationPackSchema.Json), JsonNode.Parse(generated)).Should().BeTrue(
            "src/AccountabilityKit.Accountability/Packs/Data/regulation-pack.schema.json must be regenerated (run the tests with AK_WRITE_SCHEMA=<that path>)");
    }

    [Fact]
    public void Json_Schema_DescribesEnumsAsCamelCaseStrings()
    {
        var schema = JsonNode.Parse(RegulationPackSchema.Json)!;

        schema["properties"]!["forms"]!["type"]!.ToJsonString().Should().Contain("array");
        schema.ToJsonString().Should().Contain("\"admonishment\"").And.Contain("\"partlyVerified\"");
    }
}
