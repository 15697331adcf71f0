using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AccountabilityKit.AspNetCore.Problems;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Rankings;
using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Serialization;
using AccountabilityKit.TestSupport;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace AccountabilityKit.AspNetCore.Tests.Computation;

/// <summary>
/// <c>POST /akit/v1/assessment/quarters/score</c> on the hand-checkable rule set the Assessment tests use
/// (<see cref="TestRuleSets"/>): every answer is compared with <see cref="QuarterlyScorer"/> and <see cref="Ranking"/> run in process.
/// </summary>
public sealed class QuarterScoreEndpointTests
{
    private const string Route = "/akit/v1/assessment/quarters/score";
    private static readonly AssessmentQuarter Q2 = AssessmentQuarter.Parse("2026Q2");
    private static readonly LocalDate AsOf = new(2026, 7, 10);

    private static readonly OrgUnit[] Units =
    [
        new(new OrgUnitId("NT"), "南通市委", UnitKind.City),
        new(new OrgUnitId("RG"), "如皋市委", UnitKind.County, new OrgUnitId("NT")),
        new(new OrgUnitId("HA"), "海安市委", UnitKind.County, new OrgUnitId("NT")),
        new(new OrgUnitId("QD"), "启东市委", UnitKind.County, new OrgUnitId("NT")),
        new(new OrgUnitId("HM"), "海门区委", UnitKind.County, new OrgUnitId("NT")),
        new(new OrgUnitId("RG-01"), "如城街道党工委", UnitKind.Township, new OrgUnitId("RG")),
        new(new OrgUnitId("D-ZZB"), "市委组织部", UnitKind.CityDepartment, new OrgUnitId("NT")),
        new(new OrgUnitId("D-XCB"), "市委宣传部", UnitKind.CityDepartment, new OrgUnitId("NT")),
    ];

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static JsonObject Finding(string id, string unit, string category, string severity, string quarter = "2026Q2", string? deadline = null, string? rectifiedOn = null)
    {
        var f = new JsonObject
        {
            ["id"] = id,
            ["unit"] = unit,
            ["quarter"] = quarter,
            ["source"] = "quarterlyInspection",
            ["categoryCode"] = category,
            ["severity"] = severity,
            ["description"] = "问题" + id,
        };
        if (deadline is not null)
        {
            f["rectificationDeadline"] = deadline;
        }

        if (rectifiedOn is not null)
        {
            f["rectifiedOn"] = rectifiedOn;
        }

        return f;
    }

    /// <summary>
    /// The worked request: RG has three work-style findings (cap) and its township one political finding; HA a political
    /// finding repeated from Q1 and one overdue rectification; QD innovation bonuses past the item cap; HM a serious political
    /// finding (veto); D-ZZB a veto event; D-XCB nothing.
    /// </summary>
    internal static JsonObject Request()
    {
        var units = new JsonArray([.. Units.Select(u => (JsonNode)new JsonObject
        {
            ["id"] = u.Id.Value,
            ["name"] = u.Name,
            ["kind"] = KitEnum.Name(u.Kind),
            ["parentId"] = u.ParentId?.Value,
        })]);
        return new JsonObject
        {
            ["quarter"] = "2026Q2",
            ["asOf"] = "2026-07-10",
            ["units"] = units,
            ["ruleSets"] = new JsonArray(JsonNode.Parse(TestRuleSets.Json)),
            ["findings"] = new JsonArray(
                Finding("w1", "RG", "workStyle", "serious"),
                Finding("w2", "RG", "workStyle", "general"),
                Finding("w3", "RG", "workStyle", "minor"),
                Finding("t1", "RG-01", "political", "minor"),
                Finding("h0", "HA", "political", "minor", quarter: "2026Q1"),
                Finding("h1", "HA", "political", "general"),
                Finding("h2", "HA", "workStyle", "minor", deadline: "2026-06-30"),
                Finding("m1", "HM", "political", "serious")),
            ["bonuses"] = new JsonArray(
                new JsonObject { ["unit"] = "QD", ["quarter"] = "2026Q2", ["bonusId"] = "innovation", ["count"] = 3, ["note"] = "基层治理创新" },
                new JsonObject { ["unit"] = "HA", ["quarter"] = "2026Q2", ["bonusId"] = "selfFound" }),
            ["vetoes"] = new JsonArray(new JsonObject { ["unit"] = "D-ZZB", ["quarter"] = "2026Q2", ["event"] = "secretarySanctioned" }),
        };
    }

    /// <summary>The same computation in process: one <see cref="ScoringInput"/> per scored unit, as the endpoint documents it.</summary>
    internal static (List<ScoreCard> Cards, IReadOnlyList<GroupRanking> Rankings) InProcess()
    {
        var tree = OrgTree.Build(Units);
        var ruleSet = ScoringRuleSetJson.Load(TestRuleSets.Json);
        var scorer = new QuarterlyScorer(ruleSet, tree);
        Finding F(string id, string unit, string category, FindingSeverity severity, AssessmentQuarter? quarter = null, LocalDate? deadline = null) =>
            new(id, new OrgUnitId(unit), quarter ?? Q2, FindingSource.QuarterlyInspection, category, severity, "问题" + id) { RectificationDeadline = deadline };
        var current = new[]
        {
            F("w1", "RG", "workStyle", FindingSeverity.Serious),
            F("w2", "RG", "workStyle", FindingSeverity.General),
            F("w3", "RG", "workStyle", FindingSeverity.Minor),
            F("t1", "RG-01", "political", FindingSeverity.Minor),
            F("h1", "HA", "political", FindingSeverity.General),
            F("h2", "HA", "workStyle", FindingSeverity.Minor, deadline: new LocalDate(2026, 6, 30)),
            F("m1", "HM", "political", FindingSeverity.Serious),
        };
        var previous = new[] { F("h0", "HA", "political", FindingSeverity.Minor, AssessmentQuarter.Parse("2026Q1")) };
        var cards = new List<ScoreCard>();
        foreach (var unit in tree.Units.Where(u => ruleSet.TryGetGroup(u.Kind, out _)))
        {
            cards.Add(scorer.Score(new ScoringInput(unit.Id, Q2, AsOf)
            {
                Findings = [.. current.Where(f => tree.IsWithin(f.Unit, unit.Id))],
                PreviousQuarterFindings = [.. previous.Where(f => tree.IsWithin(f.Unit, unit.Id))],
                Bonuses = unit.Id.Value switch
                {
                    "QD" => [new BonusClaim("innovation", 3, "基层治理创新")],
                    "HA" => [new BonusClaim("selfFound")],
                    _ => [],
                },
                VetoEvents = unit.Id.Value == "D-ZZB" ? ["secretarySanctioned"] : [],
            }));
        }

        return (cards, Ranking.Rank(ruleSet, cards));
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body, string? MediaType)> PostAsync(KitTestHost host, JsonNode request, string? acceptLanguage = null)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, Route) { Content = Json(request.ToJsonString()) };
        if (acceptLanguage is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await host.Client.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("en-US")]
    public async Task WorkedQuarter_CardsAndRankingsAreTheLibrarys(string? acceptLanguage)
    {
        await using var host = await KitTestHost.StartAsync();
        var (status, root, _) = await PostAsync(host, Request(), acceptLanguage);

        status.Should().Be(HttpStatusCode.OK, root.ToString());
        var culture = acceptLanguage is null ? MessageCatalog.Chinese : MessageCatalog.English;
        var (cards, rankings) = InProcess();
        root.GetProperty("quarter").GetString().Should().Be("2026Q2");
        root.GetProperty("asOf").GetString().Should().Be("2026-07-10");

        var jsonCards = root.GetProperty("cards").EnumerateArray().ToList();
        jsonCards.Select(c => c.GetProperty("unit").GetString()).Should().Equal(cards.Select(c => c.Unit.Value));
        foreach (var (json, card) in jsonCards.Zip(cards))
        {
            json.GetProperty("total").ValueKind.Should().Be(JsonValueKind.Number);
            json.GetProperty("total").GetDecimal().Should().Be(card.Total);
            json.GetProperty("ruleSetId").GetString().Should().Be(card.RuleSetId);
            json.GetProperty("groupId").GetString().Should().Be(card.GroupId);
            json.GetProperty("grade").GetProperty("code").GetString().Should().Be(KitEnum.Name(card.Grade));
            json.GetProperty("grade").GetProperty("label").GetString().Should().Be(Labels.Of(card.Grade, culture));
            json.GetProperty("gradeName").GetString().Should().Be(card.GradeName);
            json.GetProperty("deductedPoints").GetDecimal().Should().Be(card.DeductedPoints);
            json.GetProperty("bonusPoints").GetDecimal().Should().Be(card.BonusPoints);
            json.GetProperty("unitName").GetString().Should().Be(Units.Single(u => u.Id == card.Unit).Name);
            if (card.Veto is { } veto)
            {
                var v = json.GetProperty("veto");
                v.GetProperty("vetoId").GetString().Should().Be(veto.VetoId);
                v.GetProperty("reason").GetString().Should().Be(veto.Reason.Render(culture));
                (v.GetProperty("findingId").ValueKind == JsonValueKind.Null ? null : v.GetProperty("findingId").GetString()).Should().Be(veto.FindingId);
                (v.GetProperty("eventCode").ValueKind == JsonValueKind.Null ? null : v.GetProperty("eventCode").GetString()).Should().Be(veto.EventCode);
            }
            else
            {
                json.GetProperty("veto").ValueKind.Should().Be(JsonValueKind.Null);
            }

            var lines = json.GetProperty("lines").EnumerateArray().ToList();
            lines.Should().HaveCount(card.Lines.Count);
            foreach (var (l, line) in lines.Zip(card.Lines))
            {
                l.GetProperty("kind").GetProperty("code").GetString().Should().Be(KitEnum.Name(line.Kind));
                l.GetProperty("kind").GetProperty("label").GetString().Should().Be(Labels.Of(line.Kind, culture));
                l.GetProperty("ruleItemId").GetString().Should().Be(line.RuleItemId);
                (l.GetProperty("findingId").ValueKind == JsonValueKind.Null ? null : l.GetProperty("findingId").GetString()).Should().Be(line.FindingId);
                l.GetProperty("points").ValueKind.Should().Be(JsonValueKind.Number);
                l.GetProperty("points").GetDecimal().Should().Be(line.Points);
                l.GetProperty("reason").GetString().Should().Be(line.Reason.Render(culture));
                (l.GetProperty("citation").ValueKind == JsonValueKind.Null ? null : l.GetProperty("citation").GetString()).Should().Be(line.Citation?.ToString());
            }

            // A client can check the card: its lines add up to its total.
            lines.Sum(l => l.GetProperty("points").GetDecimal()).Should().Be(json.GetProperty("total").GetDecimal());
        }

        var jsonRankings = root.GetProperty("rankings").EnumerateArray().ToList();
        jsonRankings.Select(r => r.GetProperty("groupId").GetString()).Should().Equal(rankings.Select(r => r.GroupId));
        foreach (var (json, ranking) in jsonRankings.Zip(rankings))
        {
            json.GetProperty("ruleSetId").GetString().Should().Be("test");
            var entries = json.GetProperty("entries").EnumerateArray().ToList();
            entries.Select(e => (e.GetProperty("unit").GetString(), e.GetProperty("rank").GetInt32(), e.GetProperty("total").GetDecimal(), e.GetProperty("grade").GetProperty("code").GetString(), e.GetProperty("demotedByQuota").GetBoolean(), e.GetProperty("reason").GetString()))
                .Should().Equal(ranking.Entries.Select(e => ((string?)e.Unit.Value, e.Rank, e.Total, (string?)KitEnum.Name(e.Grade), e.DemotedByQuota, (string?)e.Reason.Render(culture))));
        }
    }

    [Fact]
    public async Task WorkedQuarter_ExercisesCapRepeatOverdueBonusCapAndBothVetoes()
    {
        // Guards the worked request itself: the comparison above is only as good as the cases it covers.
        var (cards, rankings) = InProcess();
        var byUnit = cards.ToDictionary(c => c.Unit.Value);
        byUnit.Keys.Should().BeEquivalentTo("RG", "HA", "QD", "HM", "D-ZZB", "D-XCB");
        byUnit["RG"].Lines.Should().Contain(l => l.Kind == ScoreLineKind.CategoryCap);
        byUnit["RG"].Lines.Should().Contain(l => l.FindingId == "t1", "a township's finding counts towards its county");
        byUnit["HA"].Lines.Single(l => l.FindingId == "h1").Points.Should().Be(-3m, "political general 2 × repeat 1.5");
        byUnit["HA"].Lines.Should().Contain(l => l.Kind == ScoreLineKind.Overdue);
        byUnit["QD"].Lines.Should().Contain(l => l.Kind == ScoreLineKind.BonusCap);
        byUnit["HM"].Veto!.FindingId.Should().Be("m1");
        byUnit["D-ZZB"].Veto!.EventCode.Should().Be("secretarySanctioned");
        rankings.Select(r => r.GroupId).Should().Equal("county", "dept");
        await Task.CompletedTask;
    }

    [Fact]
    public async Task AsOfAbsent_WithoutAHostClock_IsTheQuartersLastDay()
    {
        await using var host = await KitTestHost.StartAsync();
        var request = Request();
        request.Remove("asOf");

        var (status, root, _) = await PostAsync(host, request);

        status.Should().Be(HttpStatusCode.OK);
        root.GetProperty("asOf").GetString().Should().Be("2026-06-30");
        // HA's h2 (deadline 2026-06-30, not rectified) is not yet overdue on its deadline.
        var ha = root.GetProperty("cards").EnumerateArray().Single(c => c.GetProperty("unit").GetString() == "HA");
        ha.GetProperty("lines").EnumerateArray().Should().NotContain(l => l.GetProperty("kind").GetProperty("code").GetString() == "overdue");
    }

    private static async Task<JsonElement> ProblemAsync(JsonNode request, string? acceptLanguage = null)
    {
        await using var host = await KitTestHost.StartAsync();
        var (status, root, mediaType) = await PostAsync(host, request, acceptLanguage);
        status.Should().Be(HttpStatusCode.BadRequest, root.ToString());
        mediaType.Should().Be(KitProblems.ContentType);
        root.GetProperty("type").GetString().Should().Be(KitProblems.ValidationType);
        return root;
    }

    private static List<(string? Code, string? Path)> Issues(JsonElement problem) =>
        [.. problem.GetProperty("issues").EnumerateArray().Select(i => (i.GetProperty("code").GetString(), i.GetProperty("path").GetString()))];

    [Fact]
    public async Task FindingOfAnUnknownUnit_Is400AtItsUnit()
    {
        var request = Request();
        request["findings"]!.AsArray().Add(Finding("x1", "XX-99", "political", "minor"));

        var problem = await ProblemAsync(request, "en");

        Issues(problem).Should().Equal(("AS050", "$.findings[8].unit"));
        problem.GetProperty("code").GetString().Should().Be("AS050");
        problem.GetProperty("issues")[0].GetProperty("message").GetString().Should().Contain("XX-99").And.Contain("x1");
    }

    [Theory]
    [InlineData("2026Q4")]
    [InlineData("2025Q4")]
    public async Task FindingOutsideTheQuarterAndThePreviousOne_Is400AtItsQuarter(string quarter)
    {
        var request = Request();
        request["findings"]!.AsArray().Add(Finding("x1", "RG", "political", "minor", quarter: quarter));

        var problem = await ProblemAsync(request);

        Issues(problem).Should().Equal(("AS053", "$.findings[8].quarter"));
    }

    [Fact]
    public async Task BadRuleSet_Is400WithTheLoadersIssuesUnderItsPath()
    {
        var ruleSet = JsonNode.Parse(TestRuleSets.Json)!.AsObject();
        ruleSet["floor"] = 120;
        ruleSet["surprise"] = true;
        var request = Request();
        request["ruleSets"] = new JsonArray(JsonNode.Parse(TestRuleSets.Json), ruleSet);

        var problem = await ProblemAsync(request);

        ScoringRuleSetJson.TryLoad(ruleSet.ToJsonString(), out _, out var report).Should().BeFalse();
        report.Issues.Should().NotBeEmpty();
        Issues(problem).Should().Equal(report.Issues.Select(i => ((string?)i.Code, (string?)JsonPaths.Combine("$.ruleSets[1]", i.Path))));
    }

    [Fact]
    public async Task SemanticallyBadRuleSet_Is400WithEveryIssue()
    {
        var ruleSet = JsonNode.Parse(TestRuleSets.Json)!.AsObject();
        ruleSet["floor"] = 120;
        ruleSet["repeat"] = new JsonObject { ["factor"] = 0 };
        var request = Request();
        request["ruleSets"] = new JsonArray(ruleSet);

        var problem = await ProblemAsync(request, "en");

        ScoringRuleSetJson.TryLoad(ruleSet.ToJsonString(), out _, out var report).Should().BeFalse();
        report.Errors.Count().Should().BeGreaterThan(1);
        Issues(problem).Should().Equal(report.Issues.Select(i => ((string?)i.Code, (string?)JsonPaths.Combine("$.ruleSets[0]", i.Path))));
        problem.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("message").GetString())
            .Should().Equal(report.Issues.Select(i => i.Render(MessageCatalog.English)));
    }

    [Theory]
    [InlineData("[]", "HT006")]
    [InlineData("\"test\"", "HT006")]
    [InlineData("null", "HT006")]
    public async Task RuleSetThatIsNotADocument_Is400HT006(string value, string code)
    {
        var request = Request();
        request["ruleSets"] = new JsonArray(JsonNode.Parse(value));

        var problem = await ProblemAsync(request);

        Issues(problem).Should().Contain((code, "$.ruleSets[0]"));
    }

    [Fact]
    public async Task NoRuleSet_Is400()
    {
        var request = Request();
        request["ruleSets"] = new JsonArray();

        var problem = await ProblemAsync(request);

        Issues(problem).Should().Equal(("HT007", "$.ruleSets[0]"));
    }

    [Fact]
    public async Task UnknownCategoryBonusAndVetoEvent_AreLocatedInTheRequestOnceEach()
    {
        var request = Request();
        // t9 of a township counts towards RG (county group) and NT is not scored: its issue must still appear once.
        request["findings"]!.AsArray().Add(Finding("t9", "RG-01", "noSuchCategory", "minor"));
        request["bonuses"]!.AsArray().Add(new JsonObject { ["unit"] = "HM", ["quarter"] = "2026Q2", ["bonusId"] = "noSuchBonus" });
        request["vetoes"]!.AsArray().Add(new JsonObject { ["unit"] = "HA", ["quarter"] = "2026Q2", ["event"] = "noSuchEvent" });

        var problem = await ProblemAsync(request);

        Issues(problem).Should().BeEquivalentTo(new (string?, string?)[]
        {
            ("AS054", "$.findings[8].categoryCode"),
            ("AS055", "$.bonuses[2].bonusId"),
            ("AS058", "$.vetoes[1].event"),
        });
    }

    [Fact]
    public async Task QuarterOutsideTheRuleSetsPeriod_Is400AtTheQuarterOnce()
    {
        var request = Request();
        request["quarter"] = "2027Q1";
        request["findings"] = new JsonArray();
        request["bonuses"] = new JsonArray();
        request["vetoes"] = new JsonArray();

        var problem = await ProblemAsync(request);

        Issues(problem).Should().Equal(("AS052", "$.quarter"));
    }

    [Fact]
    public async Task BonusAndVetoOfAnotherQuarterOrUnknownUnit_Are400()
    {
        var request = Request();
        request["bonuses"] = new JsonArray(new JsonObject { ["unit"] = "QD", ["quarter"] = "2026Q1", ["bonusId"] = "innovation" });
        request["vetoes"] = new JsonArray(new JsonObject { ["unit"] = "NOPE", ["quarter"] = "2026Q2", ["event"] = "secretarySanctioned" });

        var problem = await ProblemAsync(request);

        Issues(problem).Should().Equal(("AS055", "$.bonuses[0].quarter"), ("AS050", "$.vetoes[0].unit"));
    }

    [Fact]
    public async Task DuplicateFindingIdsAndBadTree_AreAllReportedAtOnce()
    {
        var request = Request();
        request["findings"]!.AsArray().Add(Finding("w1", "RG", "political", "minor"));
        var units = request["units"]!.AsArray();
        units.Add(new JsonObject { ["id"] = "ORPHAN", ["name"] = "孤儿单位", ["kind"] = "township", ["parentId"] = "NOWHERE" });

        var problem = await ProblemAsync(request);

        var issues = Issues(problem);
        issues.Should().Contain(("AS057", "$.findings[8].id"));
        OrgTree.TryBuild(Units.Append(new OrgUnit(new OrgUnitId("ORPHAN"), "孤儿单位", UnitKind.Township, new OrgUnitId("NOWHERE"))), out _, out var treeReport).Should().BeFalse();
        issues.Should().Contain(treeReport.Issues.Select(i => ((string?)i.Code, (string?)JsonPaths.Combine("$.units", i.Path))));
    }

    [Fact]
    public async Task NoUnitInTheRuleSetsGroups_Is400AS056()
    {
        var request = Request();
        request["units"] = new JsonArray(new JsonObject { ["id"] = "NT", ["name"] = "南通市委", ["kind"] = "city" });
        request["findings"] = new JsonArray();
        request["bonuses"] = new JsonArray();
        request["vetoes"] = new JsonArray();

        var problem = await ProblemAsync(request);

        Issues(problem).Should().Equal(("AS056", "$.units"));
    }

    [Theory]
    [InlineData("quarter")]
    [InlineData("units")]
    [InlineData("findings")]
    [InlineData("ruleSets")]
    public async Task RequiredPropertyMissing_Is400AtItsPath(string property)
    {
        var request = Request();
        request.Remove(property);

        var problem = await ProblemAsync(request);

        problem.GetProperty("issues").GetArrayLength().Should().BeGreaterThan(0);
        problem.GetProperty("issues")[0].GetProperty("message").GetString().Should().Contain(property);
    }

    [Theory]
    [InlineData("{\"surprise\":1}", "$.surprise")]
    [InlineData("{\"quarter\":null}", "$.quarter")]
    [InlineData("{\"quarter\":\"2026Q5\"}", "$.quarter")]
    [InlineData("{\"asOf\":\"10/07/2026\"}", "$.asOf")]
    [InlineData("{\"findings\":[null]}", "$.findings[0]")]
    public async Task StrictReading_RefusesUnknownNullAndMalformedValuesWithTheirPath(string patch, string path)
    {
        var request = Request();
        foreach (var (key, value) in JsonNode.Parse(patch)!.AsObject().ToList())
        {
            request[key] = value?.DeepClone();
        }

        var problem = await ProblemAsync(request);

        Issues(problem).Select(i => i.Path).Should().Contain(path);
    }

    [Fact]
    public async Task FindingsFileOfTheTool_IsAcceptedWithCadres()
    {
        await using var host = await KitTestHost.StartAsync();
        var request = Request();
        request["cadres"] = new JsonArray(new JsonObject { ["id"] = "RG-P1", ["name"] = "张三", ["unit"] = "RG", ["role"] = "secretary" });

        var (status, root, _) = await PostAsync(host, request);

        status.Should().Be(HttpStatusCode.OK, root.ToString());
        root.GetProperty("cards").GetArrayLength().Should().Be(InProcess().Cards.Count);
    }
}
