using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AccountabilityKit.Assessment.Findings;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.AspNetCore.Tests.Stored;

/// <summary>
/// Adversarial tests of the data scope over HTTP, on SQLite and on the real PostgreSQL: whatever a caller of county CA
/// sends, it reads, counts and writes nothing of county CB — and the database, looked at directly, agrees.
/// </summary>
public sealed class StoredDataScopeTests(StoredHosts hosts) : IClassFixture<StoredHosts>
{
    private const string Findings = "/akit/v1/data/findings";
    private static readonly string CountyA = StoredHost.Token("CA");
    private static readonly string CountyB = StoredHost.Token("CB");

    public static TheoryData<bool> Databases => StoredHosts.Databases;

    public static TheoryData<string> BadTokens => new()
    {
        StoredHost.Token("CA", key: StoredHost.ForgedKey),
        StoredHost.Token("CA", expires: DateTime.UtcNow.AddMinutes(-1)),
        StoredHost.Token("CA", issuer: "https://other.issuer"),
        StoredHost.Token("CA", audience: "another-api"),
        StoredHost.Token("CA")[..^4] + "AAAA",
        "not-a-token",
    };

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task No_token_is_401_on_every_stored_data_route(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        foreach (var path in new[] { "org-units", "org-units/CA", "findings", "findings/F-A1", "score-cards", "score-cards/CA1/2026Q2/versions", "score-cards/CA1/2026Q2/versions/verification", "facts" })
        {
            using var response = await host.Client.SendAsync(StoredHost.Request(HttpMethod.Get, $"/akit/v1/data/{path}", null));
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, path);
        }

        using var post = await Send(host, HttpMethod.Post, Findings, null, Json(StoredHost.Finding("F-NOAUTH", "CA1")));
        post.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await using var db = host.NewContext();
        (await db.Set<Finding>().AnyAsync(f => f.Id == "F-NOAUTH")).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Forged_expired_foreign_or_malformed_tokens_are_401_and_write_nothing(string token)
    {
        var host = await hosts.GetAsync(false);
        using var list = await Send(host, HttpMethod.Get, Findings, token);
        list.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var post = await Send(host, HttpMethod.Post, Findings, token, Json(StoredHost.Finding("F-BADTOKEN", "CA1")));
        post.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await using var db = host.NewContext();
        (await db.Set<Finding>().AnyAsync(f => f.Id == "F-BADTOKEN")).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_token_without_the_claim_or_for_a_unit_not_in_the_tree_is_a_403_problem(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        using var none = await Send(host, HttpMethod.Get, Findings, StoredHost.Token(null));
        await ShouldBeProblem(none, HttpStatusCode.Forbidden, "HTD001");
        using var unknown = await Send(host, HttpMethod.Get, Findings, StoredHost.Token("ZZ"));
        await ShouldBeProblem(unknown, HttpStatusCode.Forbidden, "HTD002");
        using var post = await Send(host, HttpMethod.Post, Findings, StoredHost.Token("ZZ"), Json(StoredHost.Finding("F-ZZ", "CA1")));
        await ShouldBeProblem(post, HttpStatusCode.Forbidden, "HTD002");
        await using var db = host.NewContext();
        (await db.Set<Finding>().AnyAsync(f => f.Id == "F-ZZ")).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_county_lists_only_its_subtree_and_a_unit_filter_naming_another_county_gives_nothing(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        var page = await Page(host, Findings + "?pageSize=500", CountyA);
        var units = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("unit").GetString()).ToList();
        units.Should().NotBeEmpty().And.OnlyContain(u => u == "CA" || u == "CA1");
        await using (var db = host.NewContext())
        {
            var stored = await db.Set<Finding>().CountAsync(f => f.Unit == new AccountabilityKit.Organization.OrgUnitId("CA") || f.Unit == new AccountabilityKit.Organization.OrgUnitId("CA1"));
            page.GetProperty("total").GetInt32().Should().Be(stored);
        }

        foreach (var filter in new[] { "?unit=CB", "?unit=CB1", "?unit=P", "?unit=NOWHERE", "?unit=CB&quarter=2026Q2" })
        {
            var widened = await Page(host, Findings + filter, CountyA);
            var widenedUnits = widened.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("unit").GetString()).ToList();
            widenedUnits.Where(u => u != "CA" && u != "CA1").Should().BeEmpty(filter);
            if (filter.Contains("CB", StringComparison.Ordinal) || filter.Contains("NOWHERE", StringComparison.Ordinal))
            {
                widened.GetProperty("total").GetInt32().Should().Be(0, filter);
            }
        }

        var facts = await Page(host, "/akit/v1/data/facts", CountyA);
        facts.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("caseId").GetString()).Should().Equal("K-A");
        var org = await Page(host, "/akit/v1/data/org-units", CountyA);
        org.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).Should().Equal("CA", "CA1");
        var cards = await Page(host, "/akit/v1/data/score-cards?quarter=2026Q2", CountyA);
        cards.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("unit").GetString()).Should().Equal("CA1");
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Paging_past_the_end_is_an_empty_page_and_bad_paging_a_400_problem(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        var all = await Page(host, "/akit/v1/data/org-units?page=1&pageSize=1", CountyA);
        all.GetProperty("items").GetArrayLength().Should().Be(1);
        all.GetProperty("total").GetInt32().Should().Be(2);
        var second = await Page(host, "/akit/v1/data/org-units?page=2&pageSize=1", CountyA);
        second.GetProperty("items")[0].GetProperty("id").GetString().Should().Be("CA1");
        var past = await Page(host, "/akit/v1/data/org-units?page=3&pageSize=1", CountyA);
        past.GetProperty("items").GetArrayLength().Should().Be(0);
        past.GetProperty("total").GetInt32().Should().Be(2);
        var far = await Page(host, $"/akit/v1/data/org-units?page={int.MaxValue}&pageSize=500", CountyA);
        far.GetProperty("items").GetArrayLength().Should().Be(0);

        foreach (var bad in new[] { "page=0", "page=-1", "page=x", "pageSize=0", "pageSize=501", "pageSize=1e3", "page=1&page=2", "page=99999999999" })
        {
            using var response = await Send(host, HttpMethod.Get, "/akit/v1/data/findings?" + bad, CountyA);
            await ShouldBeProblem(response, HttpStatusCode.BadRequest, "HTD006");
        }

        foreach (var bad in new[] { "quarter=2026Q5", "unit=", "overdueAsOf=2026-02-30" })
        {
            using var response = await Send(host, HttpMethod.Get, "/akit/v1/data/findings?" + bad, CountyA);
            await ShouldBeProblem(response, HttpStatusCode.BadRequest, "HTD007");
        }
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Another_countys_id_is_404_exactly_like_a_missing_one_for_get_put_and_history(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        using var own = await Send(host, HttpMethod.Get, Findings + "/F-B1", CountyB);
        own.StatusCode.Should().Be(HttpStatusCode.OK);
        var stolenTag = own.Headers.ETag!.Tag;

        using var other = await Send(host, HttpMethod.Get, Findings + "/F-B1", CountyA);
        using var missing = await Send(host, HttpMethod.Get, Findings + "/F-NONE", CountyA);
        await ShouldBeProblem(other, HttpStatusCode.NotFound, "HTD003");
        await ShouldBeProblem(missing, HttpStatusCode.NotFound, "HTD003");
        other.Headers.ETag.Should().BeNull();

        var hijack = StoredHost.Finding("F-B1", "CB1", "改写");
        using var put = await Send(host, HttpMethod.Put, Findings + "/F-B1", CountyA, Json(hijack), stolenTag);
        await ShouldBeProblem(put, HttpStatusCode.NotFound, "HTD003");

        foreach (var path in new[] { "org-units/CB", "score-cards/CB1/2026Q2", "score-cards/CB1/2026Q2/versions", "score-cards/CB1/2026Q2/versions/verification" })
        {
            using var response = await Send(host, HttpMethod.Get, "/akit/v1/data/" + path, CountyA);
            await ShouldBeProblem(response, HttpStatusCode.NotFound, "HTD003");
        }

        await using var db = host.NewContext();
        (await db.Set<Finding>().SingleAsync(f => f.Id == "F-B1")).Description.Should().Be("台账不全");
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Writes_into_another_county_or_onto_a_taken_id_are_one_403_and_change_nothing(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        using var into = await Send(host, HttpMethod.Post, Findings, CountyA, Json(StoredHost.Finding("F-INTO-B", "CB1")));
        await ShouldBeProblem(into, HttpStatusCode.Forbidden, "HTD008");
        using var taken = await Send(host, HttpMethod.Post, Findings, CountyA, Json(StoredHost.Finding("F-B1", "CA1", "抢占")));
        await ShouldBeProblem(taken, HttpStatusCode.Forbidden, "HTD008");
        WithoutTraceId(await taken.Content.ReadAsStringAsync()).Should().Be(WithoutTraceId(await into.Content.ReadAsStringAsync()), "the two refusals must not tell each other apart");

        using var get = await Send(host, HttpMethod.Get, Findings + "/F-A1", CountyA);
        using var move = await Send(host, HttpMethod.Put, Findings + "/F-A1", CountyA, Json(StoredHost.Finding("F-A1", "CB1")), get.Headers.ETag!.Tag);
        await ShouldBeProblem(move, HttpStatusCode.Forbidden, "HTD008");

        await using var db = host.NewContext();
        (await db.Set<Finding>().AnyAsync(f => f.Id == "F-INTO-B")).Should().BeFalse();
        (await db.Set<Finding>().SingleAsync(f => f.Id == "F-B1")).Unit.Value.Should().Be("CB1");
        (await db.Set<Finding>().SingleAsync(f => f.Id == "F-A1")).Unit.Value.Should().Be("CA1");
        (await db.Set<Finding>().CountAsync(f => f.Unit == new AccountabilityKit.Organization.OrgUnitId("CB1"))).Should().Be(1);
    }

    internal static Task<HttpResponseMessage> Send(StoredHost host, HttpMethod method, string path, string? token, string? body = null, string? ifMatch = null, string? language = null)
    {
        var request = StoredHost.Request(method, path, token);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        return host.Client.SendAsync(request);
    }

    internal static async Task<JsonElement> Page(StoredHost host, string path, string token)
    {
        using var response = await Send(host, HttpMethod.Get, path, token);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    internal static async Task<JsonElement> ShouldBeProblem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        problem.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("code").GetString()).Should().Contain(code, text);
        // The one problem shape of every kit endpoint (KitProblems' ProblemResponse): a kit type URI, the code, the trace id.
        problem.GetProperty("type").GetString().Should().StartWith("urn:accountabilitykit:problem:", text);
        problem.GetProperty("code").GetString().Should().Be(code, text);
        problem.GetProperty("traceId").GetString().Should().NotBeNullOrEmpty(text);
        return problem;
    }

    private static string WithoutTraceId(string problem)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(problem)!.AsObject();
        node.Remove("traceId");
        return node.ToJsonString();
    }

    internal static string Json(Finding finding) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = finding.Id,
            ["unit"] = finding.Unit.Value,
            ["quarter"] = finding.Quarter.ToString(),
            ["source"] = "quarterlyInspection",
            ["categoryCode"] = finding.CategoryCode,
            ["severity"] = "general",
            ["description"] = finding.Description,
        });
}
