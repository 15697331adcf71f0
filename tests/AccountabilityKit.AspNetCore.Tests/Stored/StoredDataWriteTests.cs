using System.Net;
using AccountabilityKit.Assessment.Findings;
using Microsoft.EntityFrameworkCore;
using static AccountabilityKit.AspNetCore.Tests.Stored.StoredDataScopeTests;

namespace AccountabilityKit.AspNetCore.Tests.Stored;

/// <summary>Create, replace with optimistic concurrency (ETag / If-Match), bad bodies, histories and their verification.</summary>
public sealed class StoredDataWriteTests(StoredHosts hosts) : IClassFixture<StoredHosts>
{
    private const string Findings = "/akit/v1/data/findings";
    private static readonly string CountyA = StoredHost.Token("CA");

    public static TheoryData<bool> Databases => StoredHosts.Databases;

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Post_is_201_with_location_and_etag_and_the_row_is_stored(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        using var created = await Send(host, HttpMethod.Post, Findings, CountyA, Json(StoredHost.Finding("F-NEW", "CA1", "新问题")));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        created.Headers.Location!.ToString().Should().Be("/akit/v1/data/findings/F-NEW");
        created.Headers.ETag.Should().NotBeNull();

        using var read = await Send(host, HttpMethod.Get, created.Headers.Location.ToString(), CountyA);
        read.StatusCode.Should().Be(HttpStatusCode.OK);
        read.Headers.ETag!.Tag.Should().Be(created.Headers.ETag!.Tag);
        await using var db = host.NewContext();
        (await db.Set<Finding>().SingleAsync(f => f.Id == "F-NEW")).Description.Should().Be("新问题");
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Put_needs_if_match_428_refuses_a_stale_etag_412_and_accepts_the_current_one(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        using (var seed = await Send(host, HttpMethod.Post, Findings, CountyA, Json(StoredHost.Finding("F-PUT", "CA1", "原文"))))
        {
            seed.StatusCode.Should().Be(HttpStatusCode.Created);
        }

        using var first = await Send(host, HttpMethod.Get, Findings + "/F-PUT", CountyA);
        var tag = first.Headers.ETag!.Tag;

        using var without = await Send(host, HttpMethod.Put, Findings + "/F-PUT", CountyA, Json(StoredHost.Finding("F-PUT", "CA1", "无条件")));
        await ShouldBeProblem(without, (HttpStatusCode)428, "HTD004");

        using var replaced = await Send(host, HttpMethod.Put, Findings + "/F-PUT", CountyA, Json(StoredHost.Finding("F-PUT", "CA1", "第一次修改")), tag);
        replaced.StatusCode.Should().Be(HttpStatusCode.OK, await replaced.Content.ReadAsStringAsync());
        var newTag = replaced.Headers.ETag!.Tag;
        newTag.Should().NotBe(tag);

        using var stale = await Send(host, HttpMethod.Put, Findings + "/F-PUT", CountyA, Json(StoredHost.Finding("F-PUT", "CA1", "过期修改")), tag);
        await ShouldBeProblem(stale, HttpStatusCode.PreconditionFailed, "HTD005");
        using var weak = await Send(host, HttpMethod.Put, Findings + "/F-PUT", CountyA, Json(StoredHost.Finding("F-PUT", "CA1", "弱标签")), "W/" + newTag);
        await ShouldBeProblem(weak, HttpStatusCode.PreconditionFailed, "HTD005");
        using var garbage = await Send(host, HttpMethod.Put, Findings + "/F-PUT", CountyA, Json(StoredHost.Finding("F-PUT", "CA1", "乱码")), "not an etag");
        await ShouldBeProblem(garbage, HttpStatusCode.PreconditionFailed, "HTD005");

        using var mismatch = await Send(host, HttpMethod.Put, Findings + "/F-PUT", CountyA, Json(StoredHost.Finding("F-OTHER", "CA1")), newTag);
        await ShouldBeProblem(mismatch, HttpStatusCode.BadRequest, "HTD009");

        await using var db = host.NewContext();
        (await db.Set<Finding>().SingleAsync(f => f.Id == "F-PUT")).Description.Should().Be("第一次修改");
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Bad_bodies_are_400_problems_with_the_kits_issue_codes_never_500(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        var cases = new Dictionary<string, string>
        {
            ["{"] = "AK",
            ["[]"] = "AK",
            ["""{"id":"F-X","unit":"CA1","quarter":"2026Q2","source":"quarterlyInspection","categoryCode":"c","severity":"general","description":"d","extra":1}"""] = "AK",
            ["""{"id":"F-X","unit":"CA1","quarter":"2026Q2","source":"QuarterlyInspection","categoryCode":"c","severity":"general","description":"d"}"""] = "AK",
            ["""{"id":"F-X","unit":"CA1","quarter":"2026Q2","source":"quarterlyInspection","categoryCode":"c","severity":"general","description":" "}"""] = "AS",
            ["""{"id":"F-X","unit":"CA1","quarter":"2026Q2","source":"quarterlyInspection","categoryCode":"c","severity":"general"}"""] = "AK",
        };
        foreach (var (body, prefix) in cases)
        {
            using var response = await Send(host, HttpMethod.Post, Findings, CountyA, body);
            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, body + " → " + text);
            text.Should().Contain($"\"code\":\"{prefix}", body);
        }

        await using var db = host.NewContext();
        (await db.Set<Finding>().AnyAsync(f => f.Id == "F-X")).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_score_cards_history_lists_its_versions_and_verifies_intact(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        var versions = await Page(host, "/akit/v1/data/score-cards/CA1/2026Q2/versions", CountyA);
        versions.GetProperty("total").GetInt32().Should().Be(1);
        var entry = versions.GetProperty("items")[0];
        entry.GetProperty("sequence").GetInt32().Should().Be(1);
        entry.GetProperty("total").GetDecimal().Should().Be(96m);
        entry.GetProperty("recordedBy").GetString().Should().Be("http-tester");

        var verification = await Page(host, "/akit/v1/data/score-cards/CA1/2026Q2/versions/verification", CountyA);
        verification.GetProperty("isIntact").GetBoolean().Should().BeTrue();
        verification.GetProperty("entryCount").GetInt32().Should().Be(1);
        verification.GetProperty("headSequence").GetInt32().Should().Be(1);

        using var card = await Send(host, HttpMethod.Get, "/akit/v1/data/score-cards/CA1/2026Q2", CountyA);
        card.StatusCode.Should().Be(HttpStatusCode.OK);
        card.Headers.ETag.Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Problems_speak_the_requests_language_zh_CN_by_default(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        using var chinese = await Send(host, HttpMethod.Get, Findings + "/F-NONE", CountyA);
        (await ShouldBeProblem(chinese, HttpStatusCode.NotFound, "HTD003")).GetProperty("detail").GetString().Should().Contain("没有");
        using var english = await Send(host, HttpMethod.Get, Findings + "/F-NONE", CountyA, language: "en-US");
        (await ShouldBeProblem(english, HttpStatusCode.NotFound, "HTD003")).GetProperty("detail").GetString().Should().Contain("There is no record");
    }
}
