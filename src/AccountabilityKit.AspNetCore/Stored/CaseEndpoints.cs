using System.Linq.Expressions;
using System.Text.Json;
using AccountabilityKit.AspNetCore.Problems;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Queries;
using AccountabilityKit.EntityFrameworkCore.Accountability;
using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.EntityFrameworkCore.Repositories;
using AccountabilityKit.Organization;
using Ardalis.Specification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static AccountabilityKit.AspNetCore.Stored.StoredDataEndpoints;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>
/// The stored accountability cases (in the published case format) and their decision histories: list with the
/// Accountability package's specifications as filters, get, create, replace with <c>If-Match</c>, the append-only
/// decision history and its verification — every one within the caller's subtree. A case belongs to its deciding
/// authority's unit; its decisions are visible exactly when it is.
/// </summary>
internal static class CaseEndpoints
{
    /// <summary>The unit a case belongs to for the data scope: its deciding authority's.</summary>
    private static readonly Expression<Func<AccountabilityCase, OrgUnitId>> AuthorityUnit = c => c.Authority.Unit;

    public static void Map<TContext>(RouteGroupBuilder data)
        where TContext : DbContext
    {
        data.MapGet("cases", ([FromQuery] string? region, [FromQuery] string? year, [FromQuery] string? form, [FromQuery] string? subjectKind, [FromQuery] string? typical, [FromQuery] string? page, [FromQuery] string? pageSize, HttpContext http) => ListAsync(http, Db<TContext>(http)))
            .Describe<StoredPage<JsonElement>>(
                "ListStoredCases",
                "List the stored accountability cases in the caller's scope",
                "A page of the caller's stored cases in the published case format, ordered by id. A case belongs to its deciding authority's unit. Filters narrow the caller's subtree and never widen it: region (the deciding authority lies in that unit's subtree), year (decided in that year, CasesDecidedInYearSpec), form (a canonical AccountabilityForm code decided for at least one subject, CasesWithFormSpec), subjectKind (organization or cadre: the case holds at least one such subject to account), typical (true or false, TypicalCasesSpec). A region outside the scope selects nothing. Bad values are 400 HTD006 (paging) or HTD007 (filters).",
                StatusCodes.Status200OK);
        data.MapGet("cases/{id}", (HttpContext http, string id) => GetAsync(http, Db<TContext>(http), id))
            .Describe<JsonElement>(
                "GetStoredCase",
                "Read one stored accountability case",
                "The case in the published case format, with its ETag. Another unit's case and a missing one are the same 404 (HTD003).",
                StatusCodes.Status200OK,
                StatusCodes.Status404NotFound);
        data.MapPost("cases", (Func<HttpContext, Task<IResult>>)(http => CreateAsync(http, Db<TContext>(http))))
            .AcceptsDocument()
            .Describe<JsonElement>(
                "CreateStoredCase",
                "Store a new accountability case",
                "Reads the posted case in the published case format (strict JSON, every issue with its path) and stores it: 201 with Location and ETag; a decided case starts its decision history. A deciding unit outside the caller's subtree and a taken id are one 403 (HTD008), nothing stored.",
                StatusCodes.Status201Created);
        data.MapPut("cases/{id}", (HttpContext http, string id) => ReplaceAsync(http, Db<TContext>(http), id))
            .AcceptsDocument()
            .Describe<JsonElement>(
                "ReplaceStoredCase",
                "Replace a stored accountability case (If-Match required)",
                "Replaces the case by the posted one (same id) when If-Match names its current ETag: 428 (HTD004) without If-Match, 412 (HTD005) when it is stale or another writer saved first, 403 (HTD008) when the new deciding unit is outside the caller's subtree. A changed decision appends an entry to the decision history; the first one is never erased.",
                StatusCodes.Status200OK,
                StatusCodes.Status404NotFound,
                StatusCodes.Status412PreconditionFailed,
                StatusCodes.Status428PreconditionRequired);
        data.MapGet("cases/{id}/decisions", ([FromQuery] string? page, [FromQuery] string? pageSize, HttpContext http, string id) => ListDecisionsAsync(http, Db<TContext>(http), id))
            .Describe<StoredPage<CaseDecisionRecord>>(
                "ListStoredCaseDecisions",
                "List a case's stored decision history",
                "A page of the entries of the case's append-only, hash-chained decision history, oldest first, with who saved each and when. 404 (HTD003) when the case is not in the caller's scope.",
                StatusCodes.Status200OK,
                StatusCodes.Status404NotFound);
        data.MapGet("cases/{id}/decisions/verification", (HttpContext http, string id) => VerifyDecisionsAsync(http, Db<TContext>(http), id))
            .Describe<HistoryVerificationRecord>(
                "VerifyStoredCaseDecisions",
                "Verify a case's decision history",
                "Recomputes the hash chain of the case's decisions and checks that the stored case still says what its last entry says; the first broken link is explained in the request's language. 404 (HTD003) when the case is not in the caller's scope.",
                StatusCodes.Status200OK,
                StatusCodes.Status404NotFound);
    }

    private static ScopedRepository<AccountabilityCase> Cases(HttpContext http, DbContext db) =>
        new(db, CallerScope.Of(http), AuthorityUnit);

    private static async Task<IResult> ListAsync<TContext>(HttpContext http, TContext db)
        where TContext : DbContext
    {
        var scope = CallerScope.Of(http);
        if (!TryUnitFilter(http, scope, "region", out var region, out var refusal)
            || !TryYear(http, "year", out var year, out refusal)
            || !TryEnum<AccountabilityForm>(http, "form", out var form, out refusal)
            || !TryEnum<SubjectKind>(http, "subjectKind", out var subjectKind, out refusal)
            || !TryBoolean(http, "typical", out var typical, out refusal))
        {
            return refusal;
        }

        var parts = new List<ISpecification<AccountabilityCase>>();
        if (year is { } y)
        {
            parts.Add(new CasesDecidedInYearSpec(y));
        }

        if (region is { } r)
        {
            parts.Add(Subtree(scope, r, AuthorityUnit));
        }

        if (typical is { } t)
        {
            parts.Add(t ? new TypicalCasesSpec() : new WhereSpecification<AccountabilityCase>(c => !c.IsTypicalCase));
        }

        // Subjects and their forms live in JSON columns: these tests run over the rows the SQL filters return.
        var inMemory = new List<Func<AccountabilityCase, bool>>();
        if (form is { } f)
        {
            inMemory.Add(new CasesWithFormSpec(f).IsSatisfiedBy);
        }

        if (subjectKind is { } kind)
        {
            inMemory.Add(kind == SubjectKind.Organization ? c => !c.Organizations.IsEmpty : c => !c.Cadres.IsEmpty);
        }

        return await PageAsync(
            http,
            Cases(http, db),
            parts,
            c => c.Id,
            c => StoredDocuments.Element(AccountabilityCaseJson.Save(c)),
            StoredJsonContext.InfoOf<StoredPage<JsonElement>>(),
            inMemory: inMemory.Count == 0 ? null : c => inMemory.TrueForAll(test => test(c))).ConfigureAwait(false);
    }

    private static async Task<IResult> GetAsync<TContext>(HttpContext http, TContext db, string id)
        where TContext : DbContext
    {
        var @case = await Cases(http, db).GetByIdAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (@case is null)
        {
            return NotFound(http, id);
        }

        http.Response.Headers.ETag = EntityTags.Of(db, @case);
        return StoredDocuments.Answer(AccountabilityCaseJson.Save(@case));
    }

    private static async Task<IResult> CreateAsync<TContext>(HttpContext http, TContext db)
        where TContext : DbContext
    {
        var @case = await StoredDocuments.ReadAsync<AccountabilityCase>(http, AccountabilityCaseJson.TryLoad).ConfigureAwait(false);
        await Cases(http, db).AddAsync(@case, http.RequestAborted).ConfigureAwait(false);
        http.Response.Headers.ETag = EntityTags.Of(db, @case);
        http.Response.Headers.Location = StoredDocuments.LocationOf(http, @case.Id);
        return StoredDocuments.Answer(AccountabilityCaseJson.Save(@case), StatusCodes.Status201Created);
    }

    private static async Task<IResult> ReplaceAsync<TContext>(HttpContext http, TContext db, string id)
        where TContext : DbContext
    {
        var ifMatch = EntityTags.IfMatch(http.Request);
        if (ifMatch is null)
        {
            return IfMatchRequired(http);
        }

        var next = await StoredDocuments.ReadAsync<AccountabilityCase>(http, AccountabilityCaseJson.TryLoad).ConfigureAwait(false);
        if (!string.Equals(next.Id, id, StringComparison.Ordinal))
        {
            return IdMismatch(http, id, next.Id);
        }

        var cases = Cases(http, db);
        var stored = await cases.GetByIdAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (stored is null)
        {
            return NotFound(http, id);
        }

        if (!EntityTags.Matches(ifMatch, EntityTags.Of(db, stored)))
        {
            return PreconditionFailed(http, id);
        }

        // The repository's save checks the stored row and the new deciding unit against the scope before anything is
        // written, and the stamp read above against the row (412 when it moved); the history then appends a changed decision.
        db.Replace(stored, next);
        await cases.SaveChangesAsync(http.RequestAborted).ConfigureAwait(false);
        http.Response.Headers.ETag = EntityTags.Of(db, next);
        return StoredDocuments.Answer(AccountabilityCaseJson.Save(next));
    }

    private static async Task<IResult> ListDecisionsAsync<TContext>(HttpContext http, TContext db, string id)
        where TContext : DbContext
    {
        if (!await VisibleAsync(http, db, id).ConfigureAwait(false))
        {
            return NotFound(http, id);
        }

        if (!PageRequest.TryRead(http.Request, out var paging))
        {
            return PagingInvalid(http);
        }

        var rows = db.Set<CaseDecision>().AsNoTracking().Where(d => d.CaseId == id);
        var total = await rows.CountAsync(http.RequestAborted).ConfigureAwait(false);
        var page = paging.Skip >= total
            ? []
            : await rows.OrderBy(d => d.Sequence).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(http.RequestAborted).ConfigureAwait(false);
        return Results.Json(
            new StoredPage<CaseDecisionRecord>([.. page.Select(CaseDecisionRecord.From)], paging.Page, paging.PageSize, total),
            StoredJsonContext.InfoOf<StoredPage<CaseDecisionRecord>>());
    }

    private static async Task<IResult> VerifyDecisionsAsync<TContext>(HttpContext http, TContext db, string id)
        where TContext : DbContext
    {
        if (!await VisibleAsync(http, db, id).ConfigureAwait(false))
        {
            return NotFound(http, id);
        }

        var report = await HistoryChainVerifier.VerifyAsync<CaseDecision>(db, id, http.RequestAborted).ConfigureAwait(false);
        return Results.Json(HistoryVerificationRecord.From(report, KitProblems.CultureOf(http)), StoredJsonContext.InfoOf<HistoryVerificationRecord>());
    }

    /// <summary>Whether the case is stored within the caller's scope: what makes its decisions visible.</summary>
    private static async Task<bool> VisibleAsync(HttpContext http, DbContext db, string id) =>
        await Cases(http, db).AnyAsync(new WhereSpecification<AccountabilityCase>(c => c.Id == id), http.RequestAborted).ConfigureAwait(false);
}
