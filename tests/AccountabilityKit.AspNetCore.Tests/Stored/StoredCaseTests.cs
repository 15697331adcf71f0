using System.Net;
using System.Text.Json.Nodes;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Queries;
using AccountabilityKit.EntityFrameworkCore.Accountability;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using static AccountabilityKit.AspNetCore.Tests.Stored.StoredDataScopeTests;

namespace AccountabilityKit.AspNetCore.Tests.Stored;

/// <summary>
/// Stored accountability cases and their decision histories over HTTP, on SQLite and PostgreSQL: the lists against the
/// Accountability package's specifications evaluated in process, writes with If-Match, the decision history and its verification.
/// </summary>
public sealed class StoredCaseTests(StoredHosts hosts) : IClassFixture<StoredHosts>
{
    private const string Cases = "/akit/v1/data/cases";
    private static readonly string CountyA = StoredHost.Token("CA");

    public static TheoryData<bool> Databases => StoredHosts.Databases;

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task The_list_and_each_filter_give_what_the_specifications_give_in_the_callers_scope(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        var scope = StoredSamples.ScopeOf("CA");
        List<AccountabilityCase> visible;
        await using (var db = host.NewContext())
        {
            // What is stored now (other tests of the class add cases), filtered in process by the specifications.
            visible = [.. (await db.Set<AccountabilityCase>().AsNoTracking().ToListAsync()).Where(c => scope.Contains(c.Authority.Unit))];
        }

        visible.Select(c => c.Id).Should().Contain(StoredSamples.Cases.Where(c => scope.Contains(c.Authority.Unit)).Select(c => c.Id)).And.NotContain("C-B1");
        var expectations = new Dictionary<string, IEnumerable<AccountabilityCase>>
        {
            [""] = visible,
            ["year=2026"] = visible.Where(new CasesDecidedInYearSpec(new AssessmentYear(2026)).IsSatisfiedBy),
            ["form=writtenExamination"] = visible.Where(new CasesWithFormSpec(AccountabilityForm.WrittenExamination).IsSatisfiedBy),
            ["form=admonishment&year=2025"] = visible.Where(new CasesWithFormSpec(AccountabilityForm.Admonishment).IsSatisfiedBy)
                .Where(new CasesDecidedInYearSpec(new AssessmentYear(2025)).IsSatisfiedBy),
            ["subjectKind=cadre"] = visible.Where(c => !c.Cadres.IsEmpty),
            ["subjectKind=organization"] = visible.Where(c => !c.Organizations.IsEmpty),
            ["typical=true"] = visible.Where(new TypicalCasesSpec().IsSatisfiedBy),
            ["typical=false"] = visible.Where(c => !c.IsTypicalCase),
            ["region=CA1"] = visible.Where(c => StoredSamples.ScopeOf("CA1").Contains(c.Authority.Unit)),
        };
        foreach (var (query, expected) in expectations)
        {
            var ids = expected.Select(c => c.Id).Order(StringComparer.Ordinal).ToList();
            var page = await Page(host, $"{Cases}?{query}", CountyA);
            page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).Should().Equal(ids, query);
            page.GetProperty("total").GetInt32().Should().Be(ids.Count, query);
        }

        var one = await Page(host, $"{Cases}?year=2026", CountyA);
        JsonNode.DeepEquals(JsonNode.Parse(one.GetProperty("items")[0].GetRawText()), JsonNode.Parse(AccountabilityCaseJson.Save(StoredSamples.Cases[0]))).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Bad_filter_values_are_400_HTD007(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        foreach (var bad in new[] { "year=x", "form=WrittenExamination", "form=書面", "subjectKind=person", "typical=1", "region=", "year=2025&year=2026" })
        {
            using var response = await Send(host, HttpMethod.Get, $"{Cases}?{bad}", CountyA);
            await ShouldBeProblem(response, HttpStatusCode.BadRequest, "HTD007");
        }
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Create_replace_with_if_match_and_the_decision_history_keeps_every_decision(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        var id = $"C-NEW-{postgres}";
        var decided = StoredSamples.Case(id, "CA1", new LocalDate(2026, 6, 1)) with
        {
            Organizations = [new AccountableOrganization { Unit = new OrgUnitId("CA1"), Forms = [AccountabilityForm.WrittenExamination] }],
        };
        using var created = await Send(host, HttpMethod.Post, Cases, CountyA, AccountabilityCaseJson.Save(decided));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        created.Headers.Location!.ToString().Should().Be($"{Cases}/{id}");
        var tag = created.Headers.ETag!.Tag;

        using var read = await Send(host, HttpMethod.Get, $"{Cases}/{id}", CountyA);
        read.Headers.ETag!.Tag.Should().Be(tag);
        AccountabilityCaseJson.Save(AccountabilityCaseJson.Load(await read.Content.ReadAsStringAsync())).Should().Be(AccountabilityCaseJson.Save(decided));

        var corrected = decided with
        {
            DecisionFoundWrongOn = new LocalDate(2026, 6, 10),
            CorrectedOn = new LocalDate(2026, 6, 20),
            Organizations = [new AccountableOrganization { Unit = new OrgUnitId("CA1"), Forms = [AccountabilityForm.CirculatedNotice] }],
        };
        using var without = await Send(host, HttpMethod.Put, $"{Cases}/{id}", CountyA, AccountabilityCaseJson.Save(corrected));
        await ShouldBeProblem(without, (HttpStatusCode)428, "HTD004");
        using var replaced = await Send(host, HttpMethod.Put, $"{Cases}/{id}", CountyA, AccountabilityCaseJson.Save(corrected), tag);
        replaced.StatusCode.Should().Be(HttpStatusCode.OK, await replaced.Content.ReadAsStringAsync());
        replaced.Headers.ETag!.Tag.Should().NotBe(tag);
        using var stale = await Send(host, HttpMethod.Put, $"{Cases}/{id}", CountyA, AccountabilityCaseJson.Save(decided), tag);
        await ShouldBeProblem(stale, HttpStatusCode.PreconditionFailed, "HTD005");
        using var mismatch = await Send(host, HttpMethod.Put, $"{Cases}/{id}", CountyA, AccountabilityCaseJson.Save(decided with { Id = "C-OTHER" }), replaced.Headers.ETag!.Tag);
        await ShouldBeProblem(mismatch, HttpStatusCode.BadRequest, "HTD009");

        var decisions = await Page(host, $"{Cases}/{id}/decisions", CountyA);
        decisions.GetProperty("total").GetInt32().Should().Be(2);
        var entries = decisions.GetProperty("items").EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("sequence").GetInt32()).Should().Equal(1, 2);
        entries[0].GetProperty("correctedOn").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        entries[1].GetProperty("correctedOn").GetString().Should().Be("2026-06-20");
        entries[1].GetProperty("organizations")[0].GetProperty("forms").EnumerateArray().Select(f => f.GetString()).Should().Equal("circulatedNotice");
        entries[1].GetProperty("recordedBy").GetString().Should().Be("http-tester");

        var verification = await Page(host, $"{Cases}/{id}/decisions/verification", CountyA);
        verification.GetProperty("isIntact").GetBoolean().Should().BeTrue();
        verification.GetProperty("entryCount").GetInt32().Should().Be(2);

        await using var db = host.NewContext();
        AccountabilityCaseJson.Save(await db.Set<AccountabilityCase>().AsNoTracking().SingleAsync(c => c.Id == id)).Should().Be(AccountabilityCaseJson.Save(corrected));
        (await db.Set<CaseDecision>().CountAsync(d => d.CaseId == id)).Should().Be(2);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task A_bad_case_document_is_400_with_the_packages_codes_and_nothing_is_stored(bool postgres)
    {
        var host = await hosts.GetAsync(postgres);
        var good = JsonNode.Parse(AccountabilityCaseJson.Save(StoredSamples.Case("C-BAD", "CA1", null)))!.AsObject();
        var extra = good.DeepClone().AsObject();
        extra["extra"] = true;
        var noAuthority = good.DeepClone().AsObject();
        noAuthority.Remove("authority");
        var badDate = good.DeepClone().AsObject();
        badDate["startApprovedOn"] = "2026-02-30";
        foreach (var body in new[] { "{", "null", extra.ToJsonString(), noAuthority.ToJsonString(), badDate.ToJsonString() })
        {
            AccountabilityCaseJson.TryLoad(body, out _, out var report).Should().BeFalse(body);
            using var response = await Send(host, HttpMethod.Post, Cases, CountyA, body);
            var problem = await ShouldBeProblem(response, HttpStatusCode.BadRequest, report.Issues.First().Code);
            problem.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("code").GetString()).Should().Equal(report.Issues.Select(i => i.Code), body);
        }

        await using var db = host.NewContext();
        (await db.Set<AccountabilityCase>().AnyAsync(c => c.Id == "C-BAD")).Should().BeFalse();
    }
}
