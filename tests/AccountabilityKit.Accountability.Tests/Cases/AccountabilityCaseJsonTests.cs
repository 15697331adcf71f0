using System.Text.Json.Nodes;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Tests.TestSupport;
using AccountabilityKit.Validation;
using NodaTime;

namespace AccountabilityKit.Accountability.Tests.Cases;

public class AccountabilityCaseJsonTests
{
    internal const string Json = """
        {
          "id": "2021-RG-007",
          "authority": { "kind": "disciplineCommission", "unit": "RG" },
          "startApprovedOn": "2021-03-01",
          "decidedOn": "2021-05-10",
          "approval": { "body": { "kind": "partyCommittee", "unit": "RG" }, "byPrincipalLeader": true },
          "harm": "fairlySerious",
          "circumstances": ["peoplesLivelihoodMisconduct"],
          "cadres": [
            { "person": "P-SEC", "unit": "RG-EDU", "role": "secretary", "responsibility": "primaryLeadership",
              "forms": ["admonishment", "organizationalAdjustment"], "adjustment": "removal" }
          ],
          "isTypicalCase": true,
          "noticeBatch": "2021年第3批",
          "recommendations": ["disciplineRecommendation"]
        }
        """;

    [Fact]
    public void Read_ValidJson_BuildsTheCase_AndValidationPathsMatchTheJson()
    {
        var @case = AccountabilityCaseJson.Load(Json);

        @case.DecidedOn.Should().Be(new LocalDate(2021, 5, 10));
        @case.Cadres[0].Adjustment.Should().Be(OrganizationalAdjustmentKind.Removal);
        @case.Recommendations.Should().Equal(RecommendationKind.DisciplineRecommendation);
        var report = AccountabilityRules.Validate(@case);
        report.ShouldHaveExactly((AccountabilityIssueCodes.AuthorityMayOnlyPropose, "$.cadres[0].forms[1]"));
        JsonNode.Parse(Json)!["cadres"]![0]!["forms"]![1]!.GetValue<string>().Should().Be("organizationalAdjustment");
    }

    [Fact]
    public void NullElementsFromJson_AreRefusedOnReadWithTheirPaths()
    {
        var json = Json.Replace("\"cadres\": [", "\"cadres\": [null, ", StringComparison.Ordinal).Replace("\"isTypicalCase\"", "\"modifiers\": [null], \"isTypicalCase\"", StringComparison.Ordinal);

        AccountabilityCaseJson.TryLoad(json, out var @case, out var report).Should().BeFalse();
        @case.Should().BeNull();
        report.ShouldHaveExactly(
            (VocabularyIssueCodes.NullJsonValue, "$.cadres[0]"),
            (VocabularyIssueCodes.NullJsonValue, "$.modifiers[0]"));
    }

    [Fact]
    public void Read_MissingLists_AreEmptyNotDefault()
    {
        var @case = AccountabilityCaseJson.Load("""{ "id": "x", "authority": { "kind": "partyCommittee", "unit": "RG" } }""");

        @case.Organizations.IsDefault.Should().BeFalse();
        @case.Cadres.Should().BeEmpty();
        AccountabilityRules.Validate(@case).ShouldHaveExactly((AccountabilityIssueCodes.InvalidSubjects, "$.cadres"));
    }

    [Fact]
    public void Save_ThenLoad_RoundTrips()
    {
        var @case = Samples.Case() with { Modifiers = [new CaseModifier { Kind = ModifierKind.Mitigating, Evidence = "主动挽回损失", Person = Samples.Secretary }] };

        var back = AccountabilityCaseJson.Load(AccountabilityCaseJson.Save(@case));

        AccountabilityCaseJson.Save(back).Should().Be(AccountabilityCaseJson.Save(@case));
        back.Modifiers.Single().Evidence.Should().Be("主动挽回损失");
    }

    [Fact]
    public void SaveToStream_ThenLoadFromStream_RoundTrips()
    {
        var @case = Samples.Case();
        using var stream = new MemoryStream();

        AccountabilityCaseJson.Save(@case, stream);
        stream.Position = 0;
        var back = AccountabilityCaseJson.Load(stream);

        AccountabilityCaseJson.Save(back).Should().Be(AccountabilityCaseJson.Save(@case));
    }

    [Fact]
    public void Art21_CorrectionDates_RoundTrip()
    {
        var json = Json.Replace("\"harm\"", "\"decisionFoundWrongOn\": \"2021-08-01\", \"correctedOn\": \"2021-08-20\", \"harm\"", StringComparison.Ordinal);

        var @case = AccountabilityCaseJson.Load(json);
        var back = AccountabilityCaseJson.Load(AccountabilityCaseJson.Save(@case));

        @case.DecisionFoundWrongOn.Should().Be(new LocalDate(2021, 8, 1));
        @case.CorrectedOn.Should().Be(new LocalDate(2021, 8, 20));
        AccountabilityCaseJson.Save(back).Should().Be(AccountabilityCaseJson.Save(@case));
        JsonNode.Parse(AccountabilityCaseJson.Save(@case))!["correctedOn"]!.GetValue<string>().Should().Be("2021-08-20");
    }

    [Theory]
    [InlineData("\"admonishment\", \"organizationalAdjustment\"", "\"admonishment\", \"dismissal\"", VocabularyIssueCodes.InvalidJsonValue, "$.cadres[0].forms[1]")]
    [InlineData("\"id\": \"2021-RG-007\",", "", VocabularyIssueCodes.MissingJsonProperty, "$.id")]
    [InlineData("\"harm\"", "\"severity\": 1, \"harm\"", VocabularyIssueCodes.UnknownJsonProperty, "$.severity")]
    [InlineData("\"2021-05-10\"", "\"10/05/2021\"", VocabularyIssueCodes.InvalidJsonValue, "$.decidedOn")]
    [InlineData("\"harm\"", "\"correctedOn\": \"20.08.2021\", \"harm\"", VocabularyIssueCodes.InvalidJsonValue, "$.correctedOn")]
    public void TryRead_BadJson_ReportsCodeAndPath(string find, string replace, string code, string path)
    {
        AccountabilityCaseJson.TryLoad(Json.Replace(find, replace, StringComparison.Ordinal), out var @case, out var report).Should().BeFalse();

        @case.Should().BeNull();
        report.ShouldHaveExactly((code, path));
    }

    [Fact]
    public void Schema_CommittedSchema_EqualsTheGeneratedOne()
    {
        var generated = AccountabilityCaseJson.GenerateSchema();
        var path = Environment.GetEnvironmentVariable("AK_WRITE_CASE_SCHEMA");
        if (!string.IsNullOrEmpty(path))
        {
            File.WriteAllText(path, generated);
        }

        JsonNode.DeepEquals(JsonNode.Parse(AccountabilityCaseJson.Schema), JsonNode.Parse(generated)).Should().BeTrue(
            "src/AccountabilityKit.Accountability/Cases/Data/accountability-case.schema.json must be regenerated (run the tests with AK_WRITE_CASE_SCHEMA=<that path>)");
    }
}
