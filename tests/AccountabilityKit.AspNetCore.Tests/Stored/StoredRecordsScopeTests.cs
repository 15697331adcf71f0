using System.Net;
using System.Text.Json.Nodes;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.EntityFrameworkCore.Accountability;
using AccountabilityKit.Organization;
using Microsoft.EntityFrameworkCore;
using static AccountabilityKit.AspNetCore.Tests.Stored.StoredDataScopeTests;

namespace AccountabilityKit.AspNetCore.Tests.Stored;

/// <summary>
/// Adversarial data-scope tests of the checklist, review, case and decision routes, on SQLite and PostgreSQL: a caller
/// of county CA reads, counts and writes nothing of county CB, whatever it sends — and the database agrees.
/// </summary>
public sealed class StoredRecordsScopeTests(StoredHosts hosts) : IClassFixture<StoredHosts>
{
    private const string Data = "/akit/v1/data/";
    private static readonly string CountyA = StoredHost.Token("CA");
    private static readonly string CountyB = StoredHost.Token("CB");

    private static readonly string[] ReadRoutes =
    [
        "checklists", "checklists/CL-A1", "checklists/CL-A1/review", "checklists/CL-A1/review/transitions", "checklists/CL-A1/review/transitions/verification",
        "cases", "cases/C-A1", "cases/C-A1/decisions", "cases/C-A1/decisions/verification",
    ];

    public static TheoryData<bool> Databases => StoredHosts.Databases;

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task No_token_is_401_on_every_new_route_and_writes_nothing(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        foreach (var path in ReadRoutes)
        {
            using var response = await Send(host, HttpMethod.Get, Data + path, null);
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, path);
        }

        var checklist = ResponsibilityChecklistJson.Save(StoredSamples.Checklist("CL-NOAUTH", ChecklistOwner.Team(new OrgUnitId("CA1")), 2026, null));
        using var post = await Send(host, HttpMethod.Post, Data + "checklists", null, checklist);
        post.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var act = await Send(host, HttpMethod.Post, Data + "checklists/CL-A3/review/transitions", null, """{"action":"submit","by":"x"}""");
        act.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var @case = await Send(host, HttpMethod.Post, Data + "cases", null, AccountabilityCaseJson.Save(StoredSamples.Case("C-NOAUTH", "CA", null)));
        @case.StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        await using var db = host.NewContext();
        (await db.Set<ResponsibilityChecklist>().AnyAsync(c => c.Id == "CL-NOAUTH")).Should().BeFalse();
        (await db.Set<ChecklistReview>().AnyAsync(r => r.ChecklistId == "CL-A3")).Should().BeFalse();
        (await db.Set<AccountabilityCase>().AnyAsync(c => c.Id == "C-NOAUTH")).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Another_countys_ids_are_404_exactly_like_missing_ones_and_stolen_etags_change_nothing(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        using var ownChecklist = await Send(host, HttpMethod.Get, Data + "checklists/CL-B1", CountyB);
        ownChecklist.StatusCode.Should().Be(HttpStatusCode.OK);
        using var ownReview = await Send(host, HttpMethod.Get, Data + "checklists/CL-B1/review", CountyB);
        ownReview.StatusCode.Should().Be(HttpStatusCode.OK);
        using var ownCase = await Send(host, HttpMethod.Get, Data + "cases/C-B1", CountyB);
        ownCase.StatusCode.Should().Be(HttpStatusCode.OK);

        foreach (var (other, missing) in new[]
        {
            ("checklists/CL-B1", "checklists/CL-NONE"),
            ("checklists/CL-B1/review", "checklists/CL-NONE/review"),
            ("checklists/CL-B1/review/transitions", "checklists/CL-NONE/review/transitions"),
            ("checklists/CL-B1/review/transitions/verification", "checklists/CL-NONE/review/transitions/verification"),
            ("cases/C-B1", "cases/C-NONE"),
            ("cases/C-B1/decisions", "cases/C-NONE/decisions"),
            ("cases/C-B1/decisions/verification", "cases/C-NONE/decisions/verification"),
        })
        {
            using var a = await Send(host, HttpMethod.Get, Data + other, CountyA);
            using var b = await Send(host, HttpMethod.Get, Data + missing, CountyA);
            var pa = await ShouldBeProblem(a, HttpStatusCode.NotFound, "HTD003");
            var pb = await ShouldBeProblem(b, HttpStatusCode.NotFound, "HTD003");
            a.Headers.ETag.Should().BeNull(other);
            pa.GetProperty("title").GetString()!.Replace("CL-B1", "X", StringComparison.Ordinal).Replace("C-B1", "X", StringComparison.Ordinal)
                .Should().Be(pb.GetProperty("title").GetString()!.Replace("CL-NONE", "X", StringComparison.Ordinal).Replace("C-NONE", "X", StringComparison.Ordinal), other);
        }

        var checklist = StoredSamples.Checklists.Single(c => c.Id == "CL-B1");
        using var put = await Send(host, HttpMethod.Put, Data + "checklists/CL-B1", CountyA, ResponsibilityChecklistJson.Save(checklist with { Items = [] }), ownChecklist.Headers.ETag!.Tag);
        await ShouldBeProblem(put, HttpStatusCode.NotFound, "HTD003");
        using var act = await Send(host, HttpMethod.Post, Data + "checklists/CL-B1/review/transitions", CountyA, """{"action":"submit","by":"intruder"}""", ownReview.Headers.ETag!.Tag);
        await ShouldBeProblem(act, HttpStatusCode.NotFound, "HTD003");
        var @case = StoredSamples.Cases.Single(c => c.Id == "C-B1");
        using var putCase = await Send(host, HttpMethod.Put, Data + "cases/C-B1", CountyA, AccountabilityCaseJson.Save(@case with { IsTypicalCase = true }), ownCase.Headers.ETag!.Tag);
        await ShouldBeProblem(putCase, HttpStatusCode.NotFound, "HTD003");

        await using var db = host.NewContext();
        (await db.Set<ResponsibilityChecklist>().AsNoTracking().SingleAsync(c => c.Id == "CL-B1")).Items.Should().HaveCount(1);
        var review = await db.Set<ChecklistReview>().AsNoTracking().SingleAsync(r => r.ChecklistId == "CL-B1");
        review.State.Should().Be(ReviewState.Returned);
        review.History.Should().HaveCount(2);
        (await db.Set<AccountabilityCase>().AsNoTracking().SingleAsync(c => c.Id == "C-B1")).IsTypicalCase.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Filters_naming_units_outside_the_scope_select_nothing_and_paging_past_the_end_is_empty(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        foreach (var filter in new[] { "checklists?unit=CB", "checklists?unit=CB1", "checklists?unit=NOWHERE", "checklists?unit=CB1&returned=true", "cases?region=CB", "cases?region=NOWHERE", "cases?region=CB&year=2026" })
        {
            var page = await Page(host, Data + filter, CountyA);
            page.GetProperty("total").GetInt32().Should().Be(0, filter);
            page.GetProperty("items").GetArrayLength().Should().Be(0, filter);
        }

        // A filter naming the province (above the caller) still sees only the caller's subtree.
        var scope = StoredSamples.ScopeOf("CA");
        var province = await Page(host, Data + "checklists?unit=P&pageSize=500", CountyA);
        province.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("owner").GetProperty("unit").GetString())
            .Should().OnlyContain(u => scope.Contains(new OrgUnitId(u!)));
        var cases = await Page(host, Data + "cases?region=P&pageSize=500", CountyA);
        cases.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).Should().NotContain("C-B1");

        foreach (var list in new[] { "checklists", "cases", "checklists/CL-A1/review/transitions", "cases/C-A1/decisions" })
        {
            var all = await Page(host, Data + list + "?pageSize=500", CountyA);
            var total = all.GetProperty("total").GetInt32();
            total.Should().BeGreaterThan(0, list);
            var past = await Page(host, Data + list + $"?page={total + 1}&pageSize=1", CountyA);
            past.GetProperty("items").GetArrayLength().Should().Be(0, list);
            past.GetProperty("total").GetInt32().Should().Be(total, list);
            using var bad = await Send(host, HttpMethod.Get, Data + list + "?page=0", CountyA);
            await ShouldBeProblem(bad, HttpStatusCode.BadRequest, "HTD006");
        }
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Writes_into_another_county_or_onto_a_taken_id_are_one_403_and_change_nothing(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        var into = ResponsibilityChecklistJson.Save(StoredSamples.Checklist("CL-INTO-B", ChecklistOwner.Team(new OrgUnitId("CB1")), 2026, null));
        var taken = ResponsibilityChecklistJson.Save(StoredSamples.Checklist("CL-B1", ChecklistOwner.Team(new OrgUnitId("CA1")), 2026, null));
        using var intoResponse = await Send(host, HttpMethod.Post, Data + "checklists", CountyA, into);
        using var takenResponse = await Send(host, HttpMethod.Post, Data + "checklists", CountyA, taken);
        await ShouldBeProblem(intoResponse, HttpStatusCode.Forbidden, "HTD008");
        await ShouldBeProblem(takenResponse, HttpStatusCode.Forbidden, "HTD008");
        WithoutTraceId(await takenResponse.Content.ReadAsStringAsync()).Should().Be(WithoutTraceId(await intoResponse.Content.ReadAsStringAsync()));

        using var get = await Send(host, HttpMethod.Get, Data + "checklists/CL-A1", CountyA);
        var a1 = StoredSamples.Checklists.Single(c => c.Id == "CL-A1");
        var moved = new ResponsibilityChecklist(a1.Id, a1.TemplateId, a1.Year, ChecklistOwner.Team(new OrgUnitId("CB1")), a1.Items);
        using var move = await Send(host, HttpMethod.Put, Data + "checklists/CL-A1", CountyA, ResponsibilityChecklistJson.Save(moved), get.Headers.ETag!.Tag);
        await ShouldBeProblem(move, HttpStatusCode.Forbidden, "HTD008");

        using var caseInto = await Send(host, HttpMethod.Post, Data + "cases", CountyA, AccountabilityCaseJson.Save(StoredSamples.Case("C-INTO-B", "CB1", null)));
        using var caseTaken = await Send(host, HttpMethod.Post, Data + "cases", CountyA, AccountabilityCaseJson.Save(StoredSamples.Case("C-B1", "CA1", null)));
        await ShouldBeProblem(caseInto, HttpStatusCode.Forbidden, "HTD008");
        await ShouldBeProblem(caseTaken, HttpStatusCode.Forbidden, "HTD008");
        WithoutTraceId(await caseTaken.Content.ReadAsStringAsync()).Should().Be(WithoutTraceId(await caseInto.Content.ReadAsStringAsync()));

        using var getCase = await Send(host, HttpMethod.Get, Data + "cases/C-A1", CountyA);
        var c1 = StoredSamples.Cases.Single(c => c.Id == "C-A1");
        using var moveCase = await Send(host, HttpMethod.Put, Data + "cases/C-A1", CountyA,
            AccountabilityCaseJson.Save(c1 with { Authority = new AccountabilityAuthority(AccountabilityAuthorityKind.DisciplineCommission, new OrgUnitId("CB")) }), getCase.Headers.ETag!.Tag);
        await ShouldBeProblem(moveCase, HttpStatusCode.Forbidden, "HTD008");

        await using var db = host.NewContext();
        (await db.Set<ResponsibilityChecklist>().AnyAsync(c => c.Id == "CL-INTO-B")).Should().BeFalse();
        (await db.Set<ResponsibilityChecklist>().AsNoTracking().SingleAsync(c => c.Id == "CL-B1")).Owner.Unit.Value.Should().Be("CB1");
        (await db.Set<ResponsibilityChecklist>().AsNoTracking().SingleAsync(c => c.Id == "CL-A1")).Owner.Unit.Value.Should().Be("CA1");
        (await db.Set<AccountabilityCase>().AnyAsync(c => c.Id == "C-INTO-B")).Should().BeFalse();
        (await db.Set<AccountabilityCase>().AsNoTracking().SingleAsync(c => c.Id == "C-B1")).Authority.Unit.Value.Should().Be("CB");
        (await db.Set<AccountabilityCase>().AsNoTracking().SingleAsync(c => c.Id == "C-A1")).Authority.Unit.Value.Should().Be("CA");
        (await db.Set<CaseDecision>().CountAsync(d => d.CaseId == "C-A1")).Should().Be(1);
    }

    private static string WithoutTraceId(string problem)
    {
        var node = JsonNode.Parse(problem)!.AsObject();
        node.Remove("traceId");
        return node.ToJsonString();
    }
}
