using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AccountabilityKit.AspNetCore.Tests.EndToEnd;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Localization;
using AccountabilityKit.Serialization;
using FluentAssertions;

namespace AccountabilityKit.AspNetCore.Tests.Client;

/// <summary>
/// The fixtures of the Python client (<c>tests/client/akit_client_test.py</c>, run by <c>.ci/run</c> against a running
/// <c>akit serve</c>): each is a request and the answer's expected values, computed here by the library in process —
/// never by the service — and committed under <c>tests/client/fixtures</c>. This test fails when the committed fixtures
/// differ from what the library computes now; <c>AKIT_UPDATE_FIXTURES=1</c> rewrites them.
/// </summary>
public sealed class ClientFixturesTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Directory => Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(OpenApiContractTests.CommittedPath))!, "tests", "client", "fixtures");

    [Fact]
    public void The_committed_fixtures_are_what_the_library_computes()
    {
        var fixtures = Fixtures().ToList();
        fixtures.Select(f => f.File).Should().OnlyHaveUniqueItems();
        if (Environment.GetEnvironmentVariable("AKIT_UPDATE_FIXTURES") == "1")
        {
            System.IO.Directory.CreateDirectory(Directory);
            foreach (var stale in System.IO.Directory.GetFiles(Directory, "*.json"))
            {
                File.Delete(stale);
            }

            foreach (var (file, fixture) in fixtures)
            {
                File.WriteAllText(Path.Combine(Directory, file), Text(fixture));
            }
        }

        System.IO.Directory.GetFiles(Directory, "*.json").Select(Path.GetFileName)
            .Should().BeEquivalentTo(fixtures.Select(f => f.File), "every committed fixture is generated here (AKIT_UPDATE_FIXTURES=1 rewrites them)");
        foreach (var (file, fixture) in fixtures)
        {
            File.ReadAllText(Path.Combine(Directory, file)).ReplaceLineEndings("\n")
                .Should().Be(Text(fixture), $"{file} holds what the library computes now (AKIT_UPDATE_FIXTURES=1 rewrites it)");
        }
    }

    private static string Text(JsonObject fixture) => fixture.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";

    /// <summary>Every fixture: file name and content.</summary>
    internal static IEnumerable<(string File, JsonObject Fixture)> Fixtures()
    {
        foreach (var fixture in TemplateFixtures().Concat(ScoreFixtures()).Concat(CaseFixtures()).Append(("40-data-without-token.json", new JsonObject
        {
            ["name"] = "stored data without a token is a 401 problem",
            ["method"] = "GET",
            ["path"] = "/akit/v1/data/findings",
            ["status"] = 401,
            ["expect"] = new JsonObject { ["status"] = 401, ["code"] = StoredDataIssueCodes.Unauthenticated },
        })))
        {
            yield return fixture;
        }
    }

    private static IEnumerable<(string, JsonObject)> TemplateFixtures()
    {
        var index = 0;
        foreach (var template in BuiltInTemplates.All)
        {
            index++;
            var json = ChecklistTemplateJson.Save(template);
            var body = JsonNode.Parse(json)!;
            ChecklistTemplateJson.TryLoad(json, out _, out var report).Should().BeTrue();
            yield return ($"10-template-check-{index}.json", new JsonObject
            {
                ["name"] = $"check the built-in template {template.Id}",
                ["method"] = "POST",
                ["path"] = "/akit/v1/templates/check",
                ["body"] = body,
                ["status"] = 200,
                ["expect"] = new JsonObject
                {
                    ["id"] = template.Id,
                    ["year"] = template.Year.Value,
                    ["version"] = template.Version,
                    ["aspects"] = template.Aspects.Length,
                    ["duties"] = template.Duties.Length,
                    ["mandatoryDuties"] = template.Duties.Count(d => d.IsMandatory),
                    ["firstFormDuties"] = template.Duties.Count(d => d.IsFirstForm),
                    ["unitKinds"] = new JsonArray([.. template.UnitKinds.Select(k => (JsonNode)new JsonObject { ["code"] = KitEnum.Name(k), ["label"] = Labels.ZhCn(k) })]),
                    ["warnings"] = new JsonArray([.. report.Warnings.Select(w => (JsonNode)new JsonObject { ["code"] = w.Code, ["path"] = w.Path })]),
                },
            });
        }

        // A template with a duplicate key: the strict reading refuses it with the path, as in process.
        yield return ("11-template-check-duplicate-key.json", new JsonObject
        {
            ["name"] = "a template with a duplicate key is a 400 problem with the library's first issue",
            ["method"] = "POST",
            ["path"] = "/akit/v1/templates/check",
            ["rawBody"] = "{\"formatVersion\":1,\"formatVersion\":1}",
            ["status"] = 400,
            ["expect"] = new JsonObject { ["status"] = 400, ["code"] = First("{\"formatVersion\":1,\"formatVersion\":1}") },
        });
    }

    private static IEnumerable<(string, JsonObject)> ScoreFixtures()
    {
        // The worked quarter of QuarterScoreEndpointTests, scored by QuarterlyScorer and ranked by Ranking in process.
        var (cards, rankings) = Computation.QuarterScoreEndpointTests.InProcess();
        yield return ("20-score-quarter.json", new JsonObject
        {
            ["name"] = "score a quarter and rank the unit groups (totals, grades, lines)",
            ["method"] = "POST",
            ["path"] = "/akit/v1/assessment/quarters/score",
            ["body"] = Computation.QuarterScoreEndpointTests.Request(),
            ["status"] = 200,
            ["expect"] = new JsonObject
            {
                ["cards"] = new JsonArray([.. cards.Select(c => (JsonNode)new JsonObject
                {
                    ["unit"] = c.Unit.Value,
                    ["total"] = c.Total,
                    ["deductedPoints"] = c.DeductedPoints,
                    ["bonusPoints"] = c.BonusPoints,
                    ["grade"] = new JsonObject { ["code"] = KitEnum.Name(c.Grade), ["label"] = Labels.ZhCn(c.Grade) },
                    ["lines"] = new JsonArray([.. c.Lines.Select(l => (JsonNode)new JsonObject { ["points"] = l.Points, ["findingId"] = l.FindingId })]),
                })]),
                ["rankings"] = new JsonArray([.. rankings.Select(g => (JsonNode)new JsonObject
                {
                    ["groupId"] = g.GroupId,
                    ["entries"] = new JsonArray([.. g.Entries.Select(e => (JsonNode)new JsonObject { ["unit"] = e.Unit.Value, ["rank"] = e.Rank, ["total"] = e.Total })]),
                })]),
            },
        });
    }

    private static IEnumerable<(string, JsonObject)> CaseFixtures()
    {
        var valid = Computation.CaseSamples.Case();
        var invalid = valid with
        {
            Cadres = [Computation.CaseSamples.SecretaryCadre(Accountability.Cases.AccountabilityForm.Reorganization)],
            InvestigationTeam = [new People.PersonId("P-1")],
        };
        var index = 0;
        foreach (var (name, @case) in new[] { ("a valid case", valid), ("a case against Art. 8 and Art. 12", invalid) })
        {
            index++;
            var report = Accountability.Cases.AccountabilityRules.Validate(@case);
            yield return ($"30-case-validate-{index}.json", new JsonObject
            {
                ["name"] = $"validate {name}",
                ["method"] = "POST",
                ["path"] = "/akit/v1/accountability/cases/validate",
                ["language"] = "en",
                ["body"] = new JsonObject { ["case"] = JsonNode.Parse(Accountability.Cases.AccountabilityCaseJson.Save(@case)) },
                ["status"] = 200,
                ["expect"] = new JsonObject
                {
                    ["caseId"] = @case.Id,
                    ["isValid"] = report.IsValid,
                    ["issues"] = new JsonArray([.. report.Issues.Select(i => (JsonNode)new JsonObject
                    {
                        ["code"] = i.Code,
                        ["path"] = Validation.JsonPaths.Combine("$.case", i.Path),
                        ["citation"] = i.Citation?.ToString(),
                        ["message"] = i.Render(MessageCatalog.English),
                    })]),
                },
            });
        }
    }

    private static string First(string json)
    {
        ChecklistTemplateJson.TryLoad(json, out _, out var report);
        return report.Issues.First(i => i.Severity == Validation.IssueSeverity.Error).Code;
    }
}
