using System.Text.Json.Nodes;
using AccountabilityKit.Accountability.Packs;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Accountability.Tests.Packs;

public class RegulationPackJsonTests
{
    [Fact]
    public void Schema_Committed_EqualsTheGeneratedOne()
    {
        var generated = RegulationPackJson.GenerateSchema();
        var path = Environment.GetEnvironmentVariable("AK_WRITE_SCHEMA");
        if (!string.IsNullOrEmpty(path))
        {
            File.WriteAllText(path, generated);
        }

        JsonNode.DeepEquals(JsonNode.Parse(RegulationPackJson.Schema), JsonNode.Parse(generated)).Should().BeTrue(
            "src/AccountabilityKit.Accountability/Packs/Data/regulation-pack.schema.json must be regenerated (run the tests with AK_WRITE_SCHEMA=<that path>)");
    }

    [Fact]
    public void Schema_DescribesEnumsAsCamelCaseStrings()
    {
        var schema = JsonNode.Parse(RegulationPackJson.Schema)!;

        schema["properties"]!["forms"]!["type"]!.ToJsonString().Should().Contain("array");
        schema.ToJsonString().Should().Contain("\"admonishment\"").And.Contain("\"partlyVerified\"");
    }

    private const string LocalPack = """
        { "formatVersion": 1, "id": "JS-2020", "regulationVersion": "ARR2019", "title": "某省问责条例实施办法", "extends": "ARR2019-default",
          "timeLimits": [ { "id": "timeLimit.delivery", "step": "delivery", "from": "decision", "months": 0, "days": 15, "citation": "ARR2019 Art. 13", "status": "verified" } ] }
        """;

    [Fact]
    public void BuiltInPacks_SaveThenLoad_GiveEqualPacks()
    {
        foreach (var pack in BuiltInRegulationPacks.All)
        {
            var json = RegulationPackJson.Save(pack);
            var again = RegulationPackJson.Load(json);

            RegulationPackJson.Save(again).Should().Be(json);
            again.Entries.Should().Equal(pack.Entries);
            (again.Id, again.RegulationVersion, again.Title, again.Extends).Should().Be((pack.Id, pack.RegulationVersion, pack.Title, pack.Extends));
            json.Should().NotContain("null", "absent optional values are left out");
        }
    }

    [Fact]
    public void Load_LocalPack_ExtendsABuiltInPackByDefault_AndSavesMergedWithItsBase()
    {
        var pack = RegulationPackJson.Load(LocalPack);

        pack.Extends.Should().Be("ARR2019-default");
        pack.TryGetTimeLimit(AccountabilityKit.Accountability.Procedure.ProcedureStep.Delivery, out var delivery).Should().BeTrue();
        delivery!.Days.Should().Be(15);
        pack.Forms.Should().Equal(BuiltInRegulationPacks.Arr2019.Forms);

        var again = RegulationPackJson.Load(RegulationPackJson.Save(pack));
        again.Entries.Should().Equal(pack.Entries);
    }

    [Fact]
    public void Load_LocalPackWhoseBaseIsNotInTheCatalog_ReportsAC007()
    {
        RegulationPackJson.TryLoad(LocalPack, out var pack, out var report, RegulationPackCatalog.CreateEmpty()).Should().BeFalse();

        pack.Should().BeNull();
        report.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == AccountabilityIssueCodes.UnknownBasePack && i.Path == "$.extends");
    }

    [Fact]
    public void SaveToStream_ThenLoadFromStream_RoundTrips()
    {
        using var stream = new MemoryStream();

        RegulationPackJson.Save(BuiltInRegulationPacks.Arr2016, stream);
        stream.Position = 0;
        var again = RegulationPackJson.Load(stream);

        again.Entries.Should().Equal(BuiltInRegulationPacks.Arr2016.Entries);
    }

    [Fact]
    public void Load_Invalid_ThrowsWithTheReport()
    {
        var act = () => RegulationPackJson.Load("""{ "formatVersion": 1 }""");

        act.Should().Throw<ValidationFailedException>().Which.Report.Issues.Should().NotBeEmpty()
            .And.OnlyContain(i => i.Code == VocabularyIssueCodes.MissingJsonProperty);
    }

    [Fact]
    public void BuiltInRegulationPacks_All_ListsBothOnce_Shared()
    {
        BuiltInRegulationPacks.All.Select(p => p.Id).Should().Equal("ARR2019-default", "ARR2016-default");
        BuiltInRegulationPacks.All[0].Should().BeSameAs(BuiltInRegulationPacks.Arr2019);
        RegulationPackCatalog.CreateDefault().For("ARR2016").Should().BeSameAs(BuiltInRegulationPacks.Arr2016);
    }
}
