using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AccountabilityKit.AspNetCore.Problems;
using AccountabilityKit.Checklists.Similarity;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace AccountabilityKit.AspNetCore.Tests.Computation;

/// <summary>
/// <c>POST /akit/v1/checklists/check</c>: every verdict is compared with <see cref="ChecklistValidator"/> and
/// <see cref="NearDuplicateDetector"/> run in process on the same documents.
/// </summary>
public sealed class ChecklistCheckEndpointTests
{
    private const string Route = "/akit/v1/checklists/check";

    private static readonly ChecklistTemplate Template = BuiltInTemplates.CountyCommittee2021;

    private static readonly string[] Fields = ["城乡建设", "教育卫生", "财政金融", "农业农村", "政法维稳", "宣传文化", "组织人事", "纪检监察", "生态环境", "营商环境", "交通运输", "水利防汛"];
    private static readonly string[] Verbs = ["牵头梳理", "逐月排查", "带队走访", "组织复盘", "专题调研", "建立台账跟踪", "召集研究", "深入基层督导", "约请座谈", "随机抽查"];
    private static readonly string[] Objects = ["廉政风险点", "重点工程项目", "专项资金使用", "信访举报线索", "干部作风问题", "制度执行漏洞", "群众急难愁盼", "下属单位负责人", "招投标环节", "审批权力运行"];

    /// <summary>An honestly tailored checklist (one item per duty of the owner's roles, own wording), as the Checklists tests build them.</summary>
    private static ResponsibilityChecklist Tailored(ChecklistOwner owner, int seed, string id)
    {
        var random = new Random(seed);
        string Pick(string[] words) => words[random.Next(words.Length)];
        var items = Template.DutiesFor([.. owner.DutyRoles]).Select((duty, i) => new ChecklistItem(
            $"i{i + 1}",
            [duty.Code],
            $"{Pick(Verbs)}{Pick(Fields)}{Pick(Objects)}，{Pick(Verbs)}{Pick(Objects)}",
            duty.IsFirstForm ? $"对{Pick(Fields)}{Pick(Objects)}开展谈心谈话{random.Next(1, 5)}次，{Pick(Verbs)}" : $"{Pick(Verbs)}{Pick(Fields)}{Pick(Objects)}，{Pick(Verbs)}{Pick(Objects)}",
            [new Milestone(new LocalDate(2021, 6, 30), "工作小结"), new Milestone(new LocalDate(2021, 12, 20), "专题报告")],
            $"{Pick(Objects)}问题整改到位"));
        return new ResponsibilityChecklist(id, Template.Id, Template.Year, owner, items);
    }

    /// <summary>
    /// RG's team list and two members' lists (honest), HA's team list that copies RG's (cross-unit near-duplicate), and a
    /// member list of HA that dropped its first item (a mandated duty uncovered, CL020).
    /// </summary>
    private static List<ResponsibilityChecklist> Batch()
    {
        var rgTeam = Tailored(ChecklistOwner.Team(new OrgUnitId("RG")), 1, "RG-team");
        var member = ChecklistOwner.Member(new OrgUnitId("HA"), new PersonId("HA-P2"), CadreRole.TeamMember);
        var incomplete = Tailored(member, 5, "HA-P2");
        return
        [
            rgTeam,
            Tailored(ChecklistOwner.Member(new OrgUnitId("RG"), new PersonId("RG-P1"), CadreRole.Secretary), 2, "RG-P1"),
            Tailored(ChecklistOwner.Member(new OrgUnitId("RG"), new PersonId("RG-P2"), CadreRole.TeamMember), 3, "RG-P2"),
            new ResponsibilityChecklist("HA-team", Template.Id, Template.Year, ChecklistOwner.Team(new OrgUnitId("HA")), rgTeam.Items),
            incomplete with { Items = incomplete.Items.RemoveAt(0) },
        ];
    }

    private static JsonObject Request(IEnumerable<ResponsibilityChecklist> checklists, params ChecklistTemplate[] templates) => new()
    {
        ["templates"] = new JsonArray([.. (templates.Length == 0 ? [Template] : templates).Select(t => JsonNode.Parse(ChecklistTemplateJson.Save(t)))]),
        ["checklists"] = new JsonArray([.. checklists.Select(c => JsonNode.Parse(ResponsibilityChecklistJson.Save(c)))]),
    };

    private static async Task<(HttpStatusCode Status, JsonElement Body, string? MediaType)> PostAsync(JsonNode request, string? acceptLanguage = null)
    {
        await using var host = await KitTestHost.StartAsync();
        using var message = new HttpRequestMessage(HttpMethod.Post, Route) { Content = new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json") };
        if (acceptLanguage is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await host.Client.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response.Content.Headers.ContentType?.MediaType);
    }

    private static string? Text(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetString();

    [Theory]
    [InlineData(null)]
    [InlineData("en")]
    public async Task Batch_VerdictsIssuesAndNearDuplicatesAreTheLibrarys(string? acceptLanguage)
    {
        var batch = Batch();
        var (status, root, _) = await PostAsync(Request(batch), acceptLanguage);

        status.Should().Be(HttpStatusCode.OK, root.ToString());
        var culture = acceptLanguage is null ? MessageCatalog.Chinese : MessageCatalog.English;
        var duplicates = new NearDuplicateDetector().Detect(batch, [Template]);
        duplicates.Pairs.Should().Contain(p => p.Kind == NearDuplicateKind.CrossUnit, "the batch must exercise detection");

        root.GetProperty("checklists").GetInt32().Should().Be(batch.Count);
        root.GetProperty("comparedPairs").GetInt64().Should().Be(duplicates.ComparedPairs);
        root.GetProperty("unitsToReturn").EnumerateArray().Select(u => u.GetString()).Should().Equal(duplicates.UnitsToReturn.Select(u => u.Value));
        var pairs = root.GetProperty("nearDuplicates").EnumerateArray().ToList();
        pairs.Should().HaveCount(duplicates.Pairs.Length);
        foreach (var (json, pair) in pairs.Zip(duplicates.Pairs))
        {
            json.GetProperty("firstId").GetString().Should().Be(pair.FirstId);
            json.GetProperty("secondId").GetString().Should().Be(pair.SecondId);
            json.GetProperty("secondIsTemplate").GetBoolean().Should().Be(pair.SecondIsTemplate);
            json.GetProperty("kind").GetProperty("code").GetString().Should().Be(KitEnum.Name(pair.Kind));
            json.GetProperty("kind").GetProperty("label").GetString().Should().Be(Labels.Of(pair.Kind, culture));
            json.GetProperty("score").ValueKind.Should().Be(JsonValueKind.Number);
            json.GetProperty("score").GetDecimal().Should().Be(pair.Score);
            json.GetProperty("explanation").GetString().Should().Be(pair.Explanation.Render(culture));
            json.GetProperty("matches").EnumerateArray().Select(m => (m.GetProperty("firstItemId").GetString(), m.GetProperty("secondItemId").GetString(), m.GetProperty("similarity").GetDecimal()))
                .Should().Equal(pair.Matches.Select(m => ((string?)m.FirstItemId, (string?)m.SecondItemId, m.Similarity)));
        }

        var verdicts = root.GetProperty("verdicts").EnumerateArray().ToList();
        verdicts.Select(v => v.GetProperty("id").GetString()).Should().Equal(batch.Select(c => c.Id));
        var returned = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var list = batch[i];
            var v = verdicts[i];
            var report = ChecklistValidator.Validate(Template, list);
            var held = duplicates.Pairs.Where(p => p.FirstId == list.Id || (p.SecondId == list.Id && !p.SecondIsTemplate)).ToList();
            var toReturn = !report.IsValid || held.Count > 0;
            returned += toReturn ? 1 : 0;
            v.GetProperty("templateId").GetString().Should().Be(Template.Id);
            v.GetProperty("valid").GetBoolean().Should().Be(report.IsValid);
            v.GetProperty("returnedForRevision").GetBoolean().Should().Be(toReturn);
            v.GetProperty("owner").GetProperty("unit").GetString().Should().Be(list.Owner.Unit.Value);
            Text(v.GetProperty("owner").GetProperty("person")).Should().Be(list.Owner.Person?.Value);
            if (list.Owner.Role is { } role)
            {
                v.GetProperty("owner").GetProperty("role").GetProperty("code").GetString().Should().Be(KitEnum.Name(role));
            }

            v.GetProperty("issues").EnumerateArray().Select(x => (x.GetProperty("code").GetString(), x.GetProperty("path").GetString(), x.GetProperty("message").GetString()))
                .Should().Equal(report.Issues.Select(x => ((string?)x.Code, (string?)JsonPaths.Combine($"$.checklists[{i}]", x.Path), (string?)x.Render(culture))));
            v.GetProperty("nearDuplicates").EnumerateArray().Select(p => (p.GetProperty("firstId").GetString(), p.GetProperty("secondId").GetString()))
                .Should().Equal(held.Select(p => ((string?)p.FirstId, (string?)p.SecondId)));
        }

        root.GetProperty("returned").GetInt32().Should().Be(returned);
        verdicts[4].GetProperty("issues").EnumerateArray().Should().Contain(x => x.GetProperty("code").GetString() == "CL020", "HA-P2 dropped a mandated duty");
        verdicts[1].GetProperty("returnedForRevision").GetBoolean().Should().BeFalse("RG-P1 is honest and valid");
    }

    [Fact]
    public async Task OnlyTemplatePostedWithAnotherId_IsCheckedAgainstItAndReportsTheMismatchInTheVerdict()
    {
        var list = Tailored(ChecklistOwner.Team(new OrgUnitId("RG")), 1, "RG-team");
        var other = new ResponsibilityChecklist(list.Id, "another-template", list.Year, list.Owner, list.Items);

        var (status, root, _) = await PostAsync(Request([other]));

        status.Should().Be(HttpStatusCode.OK, root.ToString());
        var report = ChecklistValidator.Validate(Template, other);
        var verdict = root.GetProperty("verdicts")[0];
        verdict.GetProperty("valid").GetBoolean().Should().BeFalse();
        verdict.GetProperty("issues").EnumerateArray().Select(x => x.GetProperty("code").GetString()).Should().Equal(report.Issues.Select(x => x.Code)).And.Contain("CL030");
    }

    private static async Task<List<(string? Code, string? Path)>> ProblemAsync(JsonNode request)
    {
        var (status, root, mediaType) = await PostAsync(request);
        status.Should().Be(HttpStatusCode.BadRequest, root.ToString());
        mediaType.Should().Be(KitProblems.ContentType);
        root.GetProperty("type").GetString().Should().Be(KitProblems.ValidationType);
        return [.. root.GetProperty("issues").EnumerateArray().Select(i => (i.GetProperty("code").GetString(), i.GetProperty("path").GetString()))];
    }

    [Fact]
    public async Task UnreadableChecklist_Is400WithTheLoadersIssuesUnderItsPath()
    {
        var batch = Batch();
        var request = Request(batch);
        var bad = request["checklists"]![1]!.AsObject();
        bad["surprise"] = 1;

        var issues = await ProblemAsync(request);

        ResponsibilityChecklistJson.TryLoad(bad.ToJsonString(), out _, out var report).Should().BeFalse();
        issues.Should().Equal(report.Issues.Select(i => ((string?)i.Code, (string?)JsonPaths.Combine("$.checklists[1]", i.Path))));
    }

    [Fact]
    public async Task InvalidTemplate_Is400UnderItsPath()
    {
        var request = Request(Batch());
        var template = request["templates"]![0]!.AsObject();
        template["year"] = 1800;

        var issues = await ProblemAsync(request);

        ChecklistTemplateJson.TryLoad(template.ToJsonString(), out _, out var report).Should().BeFalse();
        issues.Should().Contain(report.Errors.Select(i => ((string?)i.Code, (string?)JsonPaths.Combine("$.templates[0]", i.Path))));
    }

    [Fact]
    public async Task DuplicateChecklistAndTemplateIds_Are400HT020()
    {
        var batch = Batch();
        batch.Add(batch[0]);
        var request = Request(batch, Template, Template);

        var issues = await ProblemAsync(request);

        issues.Should().BeEquivalentTo(new (string?, string?)[] { ("HT020", "$.templates[1].id"), ("HT020", "$.checklists[5].id") });
    }

    [Fact]
    public async Task ChecklistWhoseTemplateIsNotAmongSeveralPosted_Is400CL030AtItsTemplateId()
    {
        var list = Tailored(ChecklistOwner.Team(new OrgUnitId("RG")), 1, "RG-team");
        var orphan = new ResponsibilityChecklist("X-1", "no-such-template", list.Year, list.Owner, list.Items);

        var issues = await ProblemAsync(Request([list, orphan], Template, BuiltInTemplates.CityDepartment2021));

        issues.Should().Equal(("CL030", "$.checklists[1].templateId"));
    }

    [Theory]
    [InlineData("templates", "HT007", "$.templates[0]")]
    [InlineData("checklists", "HT007", "$.checklists[0]")]
    public async Task EmptyList_Is400HT007(string property, string code, string path)
    {
        var request = Request(Batch());
        request[property] = new JsonArray();

        var issues = await ProblemAsync(request);

        issues.Should().Equal((code, path));
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("[\"a\"]")]
    [InlineData("[null]")]
    public async Task ChecklistThatIsNotADocument_Is400HT006(string value)
    {
        var request = Request(Batch());
        request["checklists"] = JsonNode.Parse(value);

        var issues = await ProblemAsync(request);

        issues.Should().Contain(("HT006", "$.checklists[0]"));
    }

    [Theory]
    [InlineData("{\"templates\":[],\"checklists\":[],\"asOf\":\"2021-07-01\"}", "$.asOf")]
    [InlineData("{\"checklists\":[]}", null)]
    public async Task StrictReading_UnknownAndMissingProperties_Are400(string json, string? path)
    {
        var (status, root, _) = await PostAsync(JsonNode.Parse(json)!);

        status.Should().Be(HttpStatusCode.BadRequest);
        var issue = root.GetProperty("issues")[0];
        if (path is not null)
        {
            issue.GetProperty("path").GetString().Should().Be(path);
        }
        else
        {
            issue.GetProperty("message").GetString().Should().Contain("templates");
        }
    }
}
