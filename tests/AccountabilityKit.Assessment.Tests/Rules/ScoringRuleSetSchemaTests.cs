using System.Text.Json.Nodes;
using AccountabilityKit.Assessment.Rules;

namespace AccountabilityKit.Assessment.Tests.Rules;

public class ScoringRuleSetSchemaTests
{
    private static string Generated() => ScoringRuleSetJson.GenerateSchema().ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    [Fact]
    public void JsonSchema_CommittedFile_EqualsGeneratedSchema()
    {
        var generated = Generated();
        var source = Environment.GetEnvironmentVariable("AK_UPDATE_SCHEMA");
        if (!string.IsNullOrEmpty(source))
        {
            // AK_UPDATE_SCHEMA=/path/to/src/AccountabilityKit.Assessment/scoring-rule-set.schema.json dotnet test … regenerates the file.
            File.WriteAllText(source, generated);
        }

        var committed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Committed", "scoring-rule-set.schema.json"));
        JsonNode.DeepEquals(JsonNode.Parse(committed), JsonNode.Parse(generated)).Should().BeTrue("the committed schema must be regenerated after a format change (set AK_UPDATE_SCHEMA)");
    }

    [Fact]
    public void JsonSchema_EmbeddedResource_EqualsCommittedFile()
    {
        var committed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Committed", "scoring-rule-set.schema.json"));

        ScoringRuleSetJson.Schema.Should().Be(committed);
    }

    [Fact]
    public void JsonSchema_DescribesRequiredTopLevelProperties()
    {
        var schema = JsonNode.Parse(ScoringRuleSetJson.Schema)!.AsObject();

        schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain(["id", "version", "categories", "gradeBands", "annual"]);
        schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
    }
}
