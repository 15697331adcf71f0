using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AccountabilityKit.Checklists.Queries;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;
using Microsoft.EntityFrameworkCore;
using static AccountabilityKit.AspNetCore.Tests.Stored.StoredDataScopeTests;

namespace AccountabilityKit.AspNetCore.Tests.Stored;

/// <summary>
/// Stored checklists and their reviews over HTTP, on SQLite and PostgreSQL: the lists against the Checklists package's
/// own specifications evaluated in process over the seeded values, writes with If-Match, the review's actions, its
/// stored transition history and verification.
/// </summary>
public sealed class StoredChecklistTests(StoredHosts hosts) : IClassFixture<StoredHosts>
{
    private const string Checklists = "/akit/v1/data/checklists";
    private static readonly string CountyA = StoredHost.Token("CA");

    public static TheoryData<bool> Databases => StoredHosts.Databases;

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task The_list_and_each_filter_give_what_the_specifications_give_in_the_callers_scope(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        // What is stored now (other tests of the class add checklists), filtered in process by the specifications.
        var scope = StoredSamples.ScopeOf("CA");
        List<ResponsibilityChecklist> visible;
        HashSet<string> returned;
        await using (var db = host.NewContext())
        {
            visible = [.. (await db.Set<ResponsibilityChecklist>().AsNoTracking().ToListAsync()).Where(c => scope.Contains(c.Owner.Unit))];
            returned = [.. (await db.Set<ChecklistReview>().AsNoTracking().ToListAsync()).Where(new ReturnedChecklistsSpec().IsSatisfiedBy).Select(r => r.ChecklistId)];
        }

        visible.Select(c => c.Id).Should().Contain(StoredSamples.Checklists.Where(c => scope.Contains(c.Owner.Unit)).Select(c => c.Id));
        visible.Select(c => c.Id).Should().NotContain("CL-B1");
        var expectations = new Dictionary<string, IEnumerable<ResponsibilityChecklist>>
        {
            [""] = visible,
            ["year=2026"] = visible.Where(new ChecklistsOfYearSpec(new AssessmentYear(2026)).IsSatisfiedBy),
            ["returned=true"] = visible.Where(c => returned.Contains(c.Id)),
            ["returned=false"] = visible.Where(c => !returned.Contains(c.Id)),
            ["overdueAsOf=2026-07-01"] = visible.Where(new ChecklistsWithOverdueMilestonesSpec(StoredSamples.AsOf).IsSatisfiedBy),
            ["unit=CA1"] = visible.Where(c => StoredSamples.ScopeOf("CA1").Contains(c.Owner.Unit)),
            ["unit=CA1&year=2026&overdueAsOf=2026-07-01"] = visible.Where(c => c.Owner.Unit.Value == "CA1" && c.Year.Value == 2026)
                .Where(new ChecklistsWithOverdueMilestonesSpec(StoredSamples.AsOf).IsSatisfiedBy),
        };
        foreach (var (query, expected) in expectations)
        {
            var ids = expected.Select(c => c.Id).Order(StringComparer.Ordinal).ToList();
            var page = await Page(host, $"{Checklists}?{query}", CountyA);
            page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).Should().Equal(ids, query);
            page.GetProperty("total").GetInt32().Should().Be(ids.Count, query);
        }

        // The items are the published checklist format, exactly as the package writes the stored checklist.
        var one = await Page(host, $"{Checklists}?unit=CA1&year=2026&overdueAsOf=2026-07-01", CountyA);
        JsonNode.DeepEquals(JsonNode.Parse(one.GetProperty("items")[0].GetRawText()), JsonNode.Parse(ResponsibilityChecklistJson.Save(StoredSamples.Checklists[0]))).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task The_overdue_filter_pages_after_filtering(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        var scope = StoredSamples.ScopeOf("CA");
        var overdue = new ChecklistsWithOverdueMilestonesSpec(StoredSamples.AsOf);
        await using var db = host.NewContext();
        var expected = (await db.Set<ResponsibilityChecklist>().AsNoTracking().ToListAsync())
            .Where(c => scope.Contains(c.Owner.Unit)).Where(overdue.IsSatisfiedBy).Select(c => c.Id).Order(StringComparer.Ordinal).ToList();
        expected.Should().NotBeEmpty();
        for (var page = 1; page <= expected.Count; page++)
        {
            var one = await Page(host, $"{Checklists}?overdueAsOf=2026-07-01&pageSize=1&page={page}", CountyA);
            one.GetProperty("total").GetInt32().Should().Be(expected.Count);
            one.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).Should().Equal(expected[page - 1]);
        }

        var past = await Page(host, $"{Checklists}?overdueAsOf=2026-07-01&pageSize=1&page={expected.Count + 1}", CountyA);
        past.GetProperty("items").GetArrayLength().Should().Be(0);
        past.GetProperty("total").GetInt32().Should().Be(expected.Count);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Bad_filter_values_are_400_HTD007(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        foreach (var bad in new[] { "year=twenty", "year=1800", "year=2026&year=2025", "returned=yes", "returned=True", "overdueAsOf=2026-13-01", "unit=" })
        {
            using var response = await Send(host, HttpMethod.Get, $"{Checklists}?{bad}", CountyA);
            await ShouldBeProblem(response, HttpStatusCode.BadRequest, "HTD007");
        }

        using var paging = await Send(host, HttpMethod.Get, $"{Checklists}?pageSize=0", CountyA);
        await ShouldBeProblem(paging, HttpStatusCode.BadRequest, "HTD006");
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Create_get_and_replace_with_if_match_and_the_row_in_the_database_follows(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        var id = $"CL-NEW-{postgres}";
        var checklist = StoredSamples.Checklist(id, ChecklistOwner.Team(new OrgUnitId("CA1")), 2026, completedOn: null);
        using var created = await Send(host, HttpMethod.Post, Checklists, CountyA, ResponsibilityChecklistJson.Save(checklist));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        created.Headers.Location!.ToString().Should().Be($"{Checklists}/{id}");
        var tag = created.Headers.ETag!.Tag;

        using var read = await Send(host, HttpMethod.Get, $"{Checklists}/{id}", CountyA);
        read.Headers.ETag!.Tag.Should().Be(tag);
        ResponsibilityChecklistJson.Save(ResponsibilityChecklistJson.Load(await read.Content.ReadAsStringAsync())).Should().Be(ResponsibilityChecklistJson.Save(checklist));

        var next = checklist with { Items = [.. checklist.Items, new ChecklistItem("i2", ["C06-03"], "开展谈心谈话", "逐一谈话", [], "全年全覆盖")] };
        using var without = await Send(host, HttpMethod.Put, $"{Checklists}/{id}", CountyA, ResponsibilityChecklistJson.Save(next));
        await ShouldBeProblem(without, (HttpStatusCode)428, "HTD004");
        using var replaced = await Send(host, HttpMethod.Put, $"{Checklists}/{id}", CountyA, ResponsibilityChecklistJson.Save(next), tag);
        replaced.StatusCode.Should().Be(HttpStatusCode.OK, await replaced.Content.ReadAsStringAsync());
        replaced.Headers.ETag!.Tag.Should().NotBe(tag);
        using var stale = await Send(host, HttpMethod.Put, $"{Checklists}/{id}", CountyA, ResponsibilityChecklistJson.Save(checklist), tag);
        await ShouldBeProblem(stale, HttpStatusCode.PreconditionFailed, "HTD005");
        var other = StoredSamples.Checklist("CL-OTHER", ChecklistOwner.Team(new OrgUnitId("CA1")), 2026, null);
        using var mismatch = await Send(host, HttpMethod.Put, $"{Checklists}/{id}", CountyA, ResponsibilityChecklistJson.Save(other), replaced.Headers.ETag!.Tag);
        await ShouldBeProblem(mismatch, HttpStatusCode.BadRequest, "HTD009");

        // The owner may move within the scope: the owned columns follow.
        var moved = new ResponsibilityChecklist(id, next.TemplateId, next.Year, ChecklistOwner.Team(new OrgUnitId("CA")), next.Items);
        using var move = await Send(host, HttpMethod.Put, $"{Checklists}/{id}", CountyA, ResponsibilityChecklistJson.Save(moved), replaced.Headers.ETag!.Tag);
        move.StatusCode.Should().Be(HttpStatusCode.OK, await move.Content.ReadAsStringAsync());

        await using var db = host.NewContext();
        var stored = await db.Set<ResponsibilityChecklist>().AsNoTracking().SingleAsync(c => c.Id == id);
        ResponsibilityChecklistJson.Save(stored).Should().Be(ResponsibilityChecklistJson.Save(moved));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_bad_checklist_document_is_400_with_the_packages_codes_and_nothing_is_stored(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        var good = JsonNode.Parse(ResponsibilityChecklistJson.Save(StoredSamples.Checklist("CL-BAD", ChecklistOwner.Team(new OrgUnitId("CA1")), 2026, null)))!.AsObject();
        var extra = good.DeepClone().AsObject();
        extra["extra"] = 1;
        var noOwner = good.DeepClone().AsObject();
        noOwner.Remove("owner");
        var badYear = good.DeepClone().AsObject();
        badYear["year"] = 1800;
        foreach (var body in new[] { "{", "[]", extra.ToJsonString(), noOwner.ToJsonString(), badYear.ToJsonString() })
        {
            ResponsibilityChecklistJson.TryLoad(body, out _, out var report).Should().BeFalse(body);
            using var response = await Send(host, HttpMethod.Post, Checklists, CountyA, body);
            var problem = await ShouldBeProblem(response, HttpStatusCode.BadRequest, report.Issues.First().Code);
            problem.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("code").GetString()).Should().Equal(report.Issues.Select(i => i.Code), body);
        }

        using var empty = await Send(host, HttpMethod.Post, Checklists, CountyA, string.Empty);
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await using var db = host.NewContext();
        (await db.Set<ResponsibilityChecklist>().AnyAsync(c => c.Id == "CL-BAD")).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_review_is_read_acted_on_with_if_match_and_its_chain_verifies(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        var id = $"CL-REV-{postgres}";
        using (var created = await Send(host, HttpMethod.Post, Checklists, CountyA, ResponsibilityChecklistJson.Save(StoredSamples.Checklist(id, ChecklistOwner.Team(new OrgUnitId("CA1")), 2026, null))))
        {
            created.StatusCode.Should().Be(HttpStatusCode.Created);
        }

        using var none = await Send(host, HttpMethod.Get, $"{Checklists}/{id}/review", CountyA);
        await ShouldBeProblem(none, HttpStatusCode.NotFound, "HTD003");

        var transitions = $"{Checklists}/{id}/review/transitions";
        using var approveDraft = await Send(host, HttpMethod.Post, transitions, CountyA, """{"action":"approve","by":"reviewer"}""");
        await ShouldBeProblem(approveDraft, HttpStatusCode.Conflict, "HTD010");

        using var submitted = await Send(host, HttpMethod.Post, transitions, CountyA, """{"action":"submit","by":"owner"}""");
        submitted.StatusCode.Should().Be(HttpStatusCode.Created, await submitted.Content.ReadAsStringAsync());
        submitted.Headers.Location!.ToString().Should().Be($"{Checklists}/{id}/review");
        var tag = submitted.Headers.ETag!.Tag;

        using var noIfMatch = await Send(host, HttpMethod.Post, transitions, CountyA, """{"action":"return","by":"reviewer","reason":"措施不具体"}""");
        await ShouldBeProblem(noIfMatch, (HttpStatusCode)428, "HTD004");
        using var noReason = await Send(host, HttpMethod.Post, transitions, CountyA, """{"action":"return","by":"reviewer"}""", tag);
        await ShouldBeProblem(noReason, HttpStatusCode.BadRequest, "CL050");
        using var returned = await Send(host, HttpMethod.Post, transitions, CountyA, """{"action":"return","by":"reviewer","issueCodes":["CL012"],"reason":"措施不具体"}""", tag);
        returned.StatusCode.Should().Be(HttpStatusCode.OK, await returned.Content.ReadAsStringAsync());
        using var stale = await Send(host, HttpMethod.Post, transitions, CountyA, """{"action":"submit","by":"owner"}""", tag);
        await ShouldBeProblem(stale, HttpStatusCode.PreconditionFailed, "HTD005");

        var expected = ChecklistReview.Start(id).Submit(new PersonId("owner"), StoredHost.Clock).Return(new PersonId("reviewer"), StoredHost.Clock, ["CL012"], "措施不具体");
        var review = await Page(host, $"{Checklists}/{id}/review", CountyA);
        review.GetProperty("state").GetString().Should().Be("returned");
        review.GetProperty("returnCount").GetInt32().Should().Be(expected.ReturnCount);
        review.GetProperty("history").EnumerateArray().Select(t => t.GetProperty("action").GetString()).Should().Equal("submit", "return");

        var page = await Page(host, transitions, CountyA);
        page.GetProperty("total").GetInt32().Should().Be(expected.History.Length);
        var rows = page.GetProperty("items").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("sequence").GetInt32()).Should().Equal(1, 2);
        rows[1].GetProperty("by").GetString().Should().Be("reviewer");
        rows[1].GetProperty("issueCodes").EnumerateArray().Select(c => c.GetString()).Should().Equal("CL012");
        rows[1].GetProperty("at").GetString().Should().Be(NodaTime.Text.InstantPattern.ExtendedIso.Format(expected.History[1].At));

        var verification = await Page(host, transitions + "/verification", CountyA);
        verification.GetProperty("isIntact").GetBoolean().Should().BeTrue();
        verification.GetProperty("entryCount").GetInt32().Should().Be(2);

        await using var db = host.NewContext();
        var stored = await db.Set<ChecklistReview>().AsNoTracking().SingleAsync(r => r.ChecklistId == id);
        stored.State.Should().Be(ReviewState.Returned);
        stored.History.Select(t => t.Action).Should().Equal(expected.History.Select(t => t.Action));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_tampered_transition_row_fails_verification(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        var intact = await Page(host, $"{Checklists}/CL-A2/review/transitions/verification", CountyA);
        intact.GetProperty("isIntact").GetBoolean().Should().BeTrue();
        await using (var db = host.NewContext())
        {
            var table = db.Model.FindEntityType(typeof(ReviewTransition))!.GetTableName();
            var sql = "UPDATE \"" + table + "\" SET \"By\" = 'someone-else' WHERE \"ChecklistId\" = 'CL-A2' AND \"Sequence\" = 2";
            (await db.Database.ExecuteSqlRawAsync(sql)).Should().Be(1);
        }

        var broken = await Page(host, $"{Checklists}/CL-A2/review/transitions/verification", CountyA);
        broken.GetProperty("isIntact").GetBoolean().Should().BeFalse();
        broken.GetProperty("firstBrokenLink").GetProperty("sequence").GetInt32().Should().Be(2);
    }
}
