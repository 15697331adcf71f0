using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.AspNetCore.Problems;
using AccountabilityKit.Assessment.Findings;
using AccountabilityKit.Assessment.Queries;
using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.EntityFrameworkCore.Assessment;
using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.EntityFrameworkCore.Repositories;
using AccountabilityKit.Organization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.EntityFrameworkCore.Statistics;
using AccountabilityKit.Time;
using Ardalis.Specification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>
/// The stored-data endpoints over the host's context, under <c>{prefix}/data</c>, restricted to the caller's subtree:
/// every one requires an authenticated caller whose org-unit claim names a unit of the stored tree, and every query
/// and write goes through a <see cref="ScopedRepository{T}"/> of that scope.
/// </summary>
internal static class StoredDataEndpoints
{
    public static void Map<TContext>(RouteGroupBuilder group)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(group);
        var data = group.MapGroup("data").RequireAuthorization();
        data.AddEndpointFilter(StoredFailures.HandleAsync);
        data.AddEndpointFilter(async (context, next) =>
            await CallerScope.ResolveAsync<TContext>(context.HttpContext).ConfigureAwait(false) ?? await next(context).ConfigureAwait(false));

        data.MapGet("org-units", ([FromQuery] string? parent, [FromQuery] string? page, [FromQuery] string? pageSize, HttpContext http) => ListOrgUnitsAsync(http, Db<TContext>(http)))
            .Describe<StoredPage<OrgUnit>>(
                "ListStoredOrgUnits",
                "List the org units in the caller's scope",
                "A page of the stored org units of the caller's subtree, ordered by id; parent narrows to the children of that unit (a unit outside the scope selects nothing).",
                StatusCodes.Status200OK);
        data.MapGet("org-units/{id}", (HttpContext http, string id) => GetOrgUnitAsync(http, Db<TContext>(http), id))
            .Describe<OrgUnit>(
                "GetStoredOrgUnit",
                "Read one org unit",
                "The org unit with its ETag; a unit outside the caller's subtree and a missing one are the same 404 (HTD003).",
                StatusCodes.Status200OK,
                StatusCodes.Status404NotFound);
        data.MapGet("findings", ([FromQuery] string? unit, [FromQuery] string? quarter, [FromQuery] string? overdueAsOf, [FromQuery] string? page, [FromQuery] string? pageSize, HttpContext http) => ListFindingsAsync(http, Db<TContext>(http)))
            .Describe<StoredPage<FindingRecord>>(
                "ListStoredFindings",
                "List the stored findings in the caller's scope",
                "A page of the caller's stored findings. Filters narrow the caller's subtree and never widen it: unit (that unit's subtree), quarter (2026Q2, FindingsInScopeSpec), overdueAsOf (an ISO date: rectification deadline passed and not rectified, OverdueFindingsSpec). Bad values are 400 HTD006 (paging) or HTD007 (filters).",
                StatusCodes.Status200OK);
        data.MapGet("findings/{id}", (HttpContext http, string id) => GetFindingAsync(http, Db<TContext>(http), id))
            .Describe<FindingRecord>(
                "GetStoredFinding",
                "Read one stored finding",
                "The finding with its ETag; another unit's finding and a missing one are the same 404 (HTD003).",
                StatusCodes.Status200OK,
                StatusCodes.Status404NotFound);
        data.MapPost("findings", (Func<HttpContext, Task<IResult>>)(http => CreateFindingAsync(http, Db<TContext>(http))))
            .Accepts<FindingRecord>("application/json")
            .Describe<FindingRecord>(
                "CreateStoredFinding",
                "Store a new finding",
                "Stores the posted finding (strict JSON, the domain's checks): 201 with Location and ETag. A unit outside the caller's subtree and a taken id are one 403 (HTD008), nothing stored.",
                StatusCodes.Status201Created);
        data.MapPut("findings/{id}", (HttpContext http, string id) => ReplaceFindingAsync(http, Db<TContext>(http), id))
            .Accepts<FindingRecord>("application/json")
            .Describe<FindingRecord>(
                "ReplaceStoredFinding",
                "Replace a stored finding (If-Match required)",
                "Replaces the finding by the posted one (same id) when If-Match names its current ETag: 428 (HTD004) without If-Match, 412 (HTD005) when it is stale or another writer saved first, 403 (HTD008) when the new unit is outside the caller's subtree.",
                StatusCodes.Status200OK,
                StatusCodes.Status404NotFound,
                StatusCodes.Status412PreconditionFailed,
                StatusCodes.Status428PreconditionRequired);
        data.MapGet("score-cards", ([FromQuery] string? unit, [FromQuery] string? quarter, [FromQuery] string? page, [FromQuery] string? pageSize, HttpContext http) => ListScoreCardsAsync(http, Db<TContext>(http)))
            .Describe<StoredPage<ScoreCardRecord>>(
                "ListStoredScoreCards",
                "List the stored score cards in the caller's scope",
                "A page of the caller's stored score cards, ordered by unit then quarter; unit (that unit's subtree) and quarter narrow it.",
                StatusCodes.Status200OK);
        data.MapGet("score-cards/{unit}/{quarter}", (HttpContext http, string unit, string quarter) => GetScoreCardAsync(http, Db<TContext>(http), unit, quarter))
            .Describe<ScoreCardRecord>(
                "GetStoredScoreCard",
                "Read one stored score card",
                "The score card of a unit and quarter with its ETag; another unit's card and a missing one are the same 404 (HTD003).",
                StatusCodes.Status200OK,
                StatusCodes.Status404NotFound);
        data.MapGet("score-cards/{unit}/{quarter}/versions", ([FromQuery] string? page, [FromQuery] string? pageSize, HttpContext http, string unit, string quarter) => ListScoreCardVersionsAsync(http, Db<TContext>(http), unit, quarter))
            .Describe<StoredPage<ScoreCardVersionRecord>>(
                "ListStoredScoreCardVersions",
                "List a score card's stored version history",
                "A page of the entries of the card's append-only, hash-chained history, oldest first. 404 (HTD003) outside the caller's scope.",
                StatusCodes.Status200OK,
                StatusCodes.Status404NotFound);
        data.MapGet("score-cards/{unit}/{quarter}/versions/verification", (HttpContext http, string unit, string quarter) => VerifyScoreCardVersionsAsync(http, Db<TContext>(http), unit, quarter))
            .Describe<HistoryVerificationRecord>(
                "VerifyStoredScoreCardVersions",
                "Verify a score card's version history",
                "Recomputes the hash chain of the card's versions and checks the stored card against its last entry; the first broken link is explained in the request's language. 404 (HTD003) outside the caller's scope.",
                StatusCodes.Status200OK,
                StatusCodes.Status404NotFound);
        data.MapGet("facts/stats", ([FromQuery] string[]? by, [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? rollup, HttpContext http) => FactStatisticsAsync(http, Db<TContext>(http)))
            .Describe<StatTableRecord>(
                "StoredFactStatistics",
                "Statistics over the caller's stored facts",
                "The count of facts and of distinct cases per group of the by dimensions (repeatable, camelCase FactField names), optionally from/to quarters and rollup=true, computed in the database (one GROUP BY per grouping set) over the caller's scoped facts only. An unknown dimension or quarter is 400 (HTD007).",
                StatusCodes.Status200OK);
        data.MapGet("facts", ([FromQuery] string? unit, [FromQuery] string? quarter, [FromQuery] string? page, [FromQuery] string? pageSize, HttpContext http) => ListFactsAsync(http, Db<TContext>(http)))
            .Describe<StoredPage<AccountabilityFact>>(
                "ListStoredFacts",
                "List the stored accountability facts in the caller's scope",
                "A page of the caller's stored accountability facts, ordered by case then person; unit (that unit's subtree) and quarter narrow it.",
                StatusCodes.Status200OK);
        ChecklistEndpoints.Map<TContext>(data);
        CaseEndpoints.Map<TContext>(data);
    }

    internal static TContext Db<TContext>(HttpContext http)
        where TContext : DbContext => http.RequestServices.GetRequiredService<TContext>();

    // ---- org units ----------------------------------------------------------------------------------------------

    private static async Task<IResult> ListOrgUnitsAsync<TContext>(HttpContext http, TContext db)
        where TContext : DbContext
    {
        var scope = CallerScope.Of(http);
        var parts = new List<ISpecification<OrgUnit>>();
        if (!TryUnitFilter(http, scope, "parent", out var parent, out var refusal))
        {
            return refusal;
        }

        if (parent is { } p)
        {
            parts.Add(new WhereSpecification<OrgUnit>(u => u.ParentId == p));
        }

        return await PageAsync(http, new ScopedRepository<OrgUnit>(db, scope), parts, u => u.Id, u => u, StoredJsonContext.InfoOf<StoredPage<OrgUnit>>()).ConfigureAwait(false);
    }

    private static async Task<IResult> GetOrgUnitAsync<TContext>(HttpContext http, TContext db, string id)
        where TContext : DbContext
    {
        if (!OrgUnitId.TryCreate(id, out var unitId))
        {
            return NotFound(http, id);
        }

        var unit = await new ScopedRepository<OrgUnit>(db, CallerScope.Of(http)).GetByIdAsync(unitId, http.RequestAborted).ConfigureAwait(false);
        if (unit is null)
        {
            return NotFound(http, id);
        }

        http.Response.Headers.ETag = EntityTags.Of(db, unit);
        return Results.Json(unit, AccountabilityKitJson.TypeInfo<OrgUnit>());
    }

    // ---- findings -----------------------------------------------------------------------------------------------

    private static async Task<IResult> ListFindingsAsync<TContext>(HttpContext http, TContext db)
        where TContext : DbContext
    {
        var scope = CallerScope.Of(http);
        var parts = new List<ISpecification<Finding>>();
        if (!TryUnitFilter(http, scope, "unit", out var unit, out var refusal)
            || !TryQuarter(http, out var quarter, out refusal)
            || !TryDate(http, "overdueAsOf", out var overdueAsOf, out refusal))
        {
            return refusal;
        }

        if (unit is { } u && quarter is { } q && scope.Tree.Contains(u))
        {
            parts.Add(new FindingsInScopeSpec(DataScope.Subtree(scope.Tree, u), q));
        }
        else if (unit is { } onlyUnit)
        {
            parts.Add(Subtree<Finding>(scope, onlyUnit, f => f.Unit));
            if (quarter is { } alsoQuarter)
            {
                parts.Add(new WhereSpecification<Finding>(f => f.Quarter == alsoQuarter));
            }
        }
        else if (quarter is { } onlyQuarter)
        {
            parts.Add(new FindingsInScopeSpec(scope, onlyQuarter));
        }

        if (overdueAsOf is { } asOf)
        {
            parts.Add(new OverdueFindingsSpec(asOf));
        }

        return await PageAsync(http, new ScopedRepository<Finding>(db, scope), parts, f => f.Id, FindingRecord.From, StoredJsonContext.InfoOf<StoredPage<FindingRecord>>()).ConfigureAwait(false);
    }

    private static async Task<IResult> GetFindingAsync<TContext>(HttpContext http, TContext db, string id)
        where TContext : DbContext
    {
        var finding = await new ScopedRepository<Finding>(db, CallerScope.Of(http)).GetByIdAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (finding is null)
        {
            return NotFound(http, id);
        }

        http.Response.Headers.ETag = EntityTags.Of(db, finding);
        return Results.Json(FindingRecord.From(finding), StoredJsonContext.InfoOf<FindingRecord>());
    }

    private static async Task<IResult> CreateFindingAsync<TContext>(HttpContext http, TContext db)
        where TContext : DbContext
    {
        var record = await AccountabilityKitJson.ReadAsync(http.Request.Body, StoredJsonContext.InfoOf<FindingRecord>(), cancellationToken: http.RequestAborted).ConfigureAwait(false);
        var finding = record.ToFinding();
        await new ScopedRepository<Finding>(db, CallerScope.Of(http)).AddAsync(finding, http.RequestAborted).ConfigureAwait(false);
        http.Response.Headers.ETag = EntityTags.Of(db, finding);
        http.Response.Headers.Location = $"{http.Request.PathBase}{http.Request.Path.Value?.TrimEnd('/')}/{Uri.EscapeDataString(finding.Id)}";
        return Results.Json(FindingRecord.From(finding), StoredJsonContext.InfoOf<FindingRecord>(), statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ReplaceFindingAsync<TContext>(HttpContext http, TContext db, string id)
        where TContext : DbContext
    {
        var ifMatch = EntityTags.IfMatch(http.Request);
        if (ifMatch is null)
        {
            return StoredProblem.Of(http, StatusCodes.Status428PreconditionRequired, StoredDataIssueCodes.IfMatchRequired, Catalog.Of(nameof(Messages.StoredIfMatchRequired)));
        }

        var record = await AccountabilityKitJson.ReadAsync(http.Request.Body, StoredJsonContext.InfoOf<FindingRecord>(), cancellationToken: http.RequestAborted).ConfigureAwait(false);
        if (!string.Equals(record.Id, id, StringComparison.Ordinal))
        {
            return StoredProblem.Of(http, StatusCodes.Status400BadRequest, StoredDataIssueCodes.IdMismatch, Catalog.Of(nameof(Messages.StoredIdMismatch), ("path", id), ("body", record.Id)));
        }

        var next = record.ToFinding();
        var findings = new ScopedRepository<Finding>(db, CallerScope.Of(http));
        var stored = await findings.GetByIdAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (stored is null)
        {
            return NotFound(http, id);
        }

        if (!EntityTags.Matches(ifMatch, EntityTags.Of(db, stored)))
        {
            return PreconditionFailed(http, id);
        }

        await findings.UpdateAsync(next, http.RequestAborted).ConfigureAwait(false);
        http.Response.Headers.ETag = EntityTags.Of(db, stored);
        return Results.Json(FindingRecord.From(next), StoredJsonContext.InfoOf<FindingRecord>());
    }

    // ---- score cards and their history --------------------------------------------------------------------------

    private static async Task<IResult> ListScoreCardsAsync<TContext>(HttpContext http, TContext db)
        where TContext : DbContext
    {
        var scope = CallerScope.Of(http);
        var parts = new List<ISpecification<ScoreCard>>();
        if (!TryUnitFilter(http, scope, "unit", out var unit, out var refusal) || !TryQuarter(http, out var quarter, out refusal))
        {
            return refusal;
        }

        if (unit is { } u)
        {
            parts.Add(Subtree<ScoreCard>(scope, u, c => c.Unit));
        }

        if (quarter is { } q)
        {
            parts.Add(new WhereSpecification<ScoreCard>(c => c.Quarter == q));
        }

        return await PageAsync(http, new ScopedRepository<ScoreCard>(db, scope), parts, c => c.Unit, ScoreCardRecord.From, StoredJsonContext.InfoOf<StoredPage<ScoreCardRecord>>(), c => c.Quarter).ConfigureAwait(false);
    }

    private static async Task<IResult> GetScoreCardAsync<TContext>(HttpContext http, TContext db, string unit, string quarter)
        where TContext : DbContext
    {
        if (!TryCardKey(unit, quarter, out var u, out var q))
        {
            return NotFound(http, $"{unit}/{quarter}");
        }

        var card = await new ScopedRepository<ScoreCard>(db, CallerScope.Of(http))
            .FirstOrDefaultAsync(new WhereSpecification<ScoreCard>(c => c.Unit == u && c.Quarter == q), http.RequestAborted).ConfigureAwait(false);
        if (card is null)
        {
            return NotFound(http, $"{unit}/{quarter}");
        }

        http.Response.Headers.ETag = EntityTags.Of(db, card);
        return Results.Json(ScoreCardRecord.From(card), StoredJsonContext.InfoOf<ScoreCardRecord>());
    }

    private static async Task<IResult> ListScoreCardVersionsAsync<TContext>(HttpContext http, TContext db, string unit, string quarter)
        where TContext : DbContext
    {
        var scope = CallerScope.Of(http);
        if (!TryCardKey(unit, quarter, out var u, out var q) || !scope.Contains(u))
        {
            return NotFound(http, $"{unit}/{quarter}");
        }

        var versions = new ScopedRepository<ScoreCardVersion>(db, scope, v => v.Unit);
        var parts = new List<ISpecification<ScoreCardVersion>> { new WhereSpecification<ScoreCardVersion>(v => v.Unit == u && v.Quarter == q) };
        return await PageAsync(http, versions, parts, v => v.Sequence, ScoreCardVersionRecord.From, StoredJsonContext.InfoOf<StoredPage<ScoreCardVersionRecord>>()).ConfigureAwait(false);
    }

    private static async Task<IResult> VerifyScoreCardVersionsAsync<TContext>(HttpContext http, TContext db, string unit, string quarter)
        where TContext : DbContext
    {
        var scope = CallerScope.Of(http);
        if (!TryCardKey(unit, quarter, out var u, out var q) || !scope.Contains(u))
        {
            return NotFound(http, $"{unit}/{quarter}");
        }

        var report = await HistoryChainVerifier.VerifyAsync<ScoreCardVersion>(db, ScoreCardVersion.KeyOf(u, q), http.RequestAborted).ConfigureAwait(false);
        return Results.Json(HistoryVerificationRecord.From(report, KitProblems.CultureOf(http)), StoredJsonContext.InfoOf<HistoryVerificationRecord>());
    }

    // ---- facts --------------------------------------------------------------------------------------------------

    private static async Task<IResult> ListFactsAsync<TContext>(HttpContext http, TContext db)
        where TContext : DbContext
    {
        var scope = CallerScope.Of(http);
        var parts = new List<ISpecification<AccountabilityFact>>();
        if (!TryUnitFilter(http, scope, "unit", out var unit, out var refusal) || !TryQuarter(http, out var quarter, out refusal))
        {
            return refusal;
        }

        if (unit is { } u)
        {
            parts.Add(Subtree<AccountabilityFact>(scope, u, f => f.Unit));
        }

        if (quarter is { } q)
        {
            parts.Add(new WhereSpecification<AccountabilityFact>(f => f.Quarter == q));
        }

        return await PageAsync(http, new ScopedRepository<AccountabilityFact>(db, scope), parts, f => f.CaseId, f => f, StoredJsonContext.InfoOf<StoredPage<AccountabilityFact>>(), f => f.Person).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>?by=</c> dimensions (repeatable, camelCase <c>FactField</c> names), optional <c>from</c>/<c>to</c> quarters and
    /// <c>rollup=true</c>: the count of facts and of distinct cases per group, one SQL <c>GROUP BY</c> per grouping set over
    /// the caller's scoped facts only.
    /// </summary>
    private static async Task<IResult> FactStatisticsAsync<TContext>(HttpContext http, TContext db)
        where TContext : DbContext
    {
        var dimensions = new List<FactField>();
        foreach (var by in http.Request.Query["by"])
        {
            if (!KitEnum.TryParse<FactField>(by, out var field))
            {
                return InvalidParameter(http, "by", by ?? string.Empty);
            }

            dimensions.Add(field);
        }

        AssessmentQuarter? from = null;
        AssessmentQuarter? to = null;
        foreach (var (name, set) in new (string, Action<AssessmentQuarter>)[] { ("from", q => from = q), ("to", q => to = q) })
        {
            if (http.Request.Query.TryGetValue(name, out var values))
            {
                if (values.Count != 1 || !AssessmentQuarter.TryParse(values[0], out var q))
                {
                    return InvalidParameter(http, name, values.ToString());
                }

                set(q);
            }
        }

        var rollup = http.Request.Query.TryGetValue("rollup", out var r) && string.Equals(r.ToString(), "true", StringComparison.Ordinal);
        var request = new StatRequest
        {
            Dimensions = [.. dimensions],
            Measures = [StatMeasure.Count(), StatMeasure.DistinctCount(FactField.Case)],
            From = from,
            To = to,
            Rollup = rollup,
        };
        var report = request.Validate();
        if (!report.IsValid)
        {
            return StoredProblem.Of(http, StatusCodes.Status400BadRequest, report);
        }

        var facts = new ScopedQuery<AccountabilityFact>(db, CallerScope.Of(http));
        var table = await facts.InScope.ExecuteStatRequestAsync(request, http.RequestAborted).ConfigureAwait(false);
        return Results.Json(StatTableRecord.From(table, KitProblems.CultureOf(http)), StoredJsonContext.InfoOf<StatTableRecord>());
    }

    // ---- shared -------------------------------------------------------------------------------------------------

    internal static async Task<IResult> PageAsync<T, TOut>(
        HttpContext http,
        ScopedRepository<T> repository,
        IReadOnlyList<ISpecification<T>> parts,
        Expression<Func<T, object?>> key,
        Func<T, TOut> map,
        JsonTypeInfo<StoredPage<TOut>> info,
        Expression<Func<T, object?>>? secondKey = null,
        Func<T, bool>? inMemory = null)
        where T : class
    {
        if (!PageRequest.TryRead(http.Request, out var paging))
        {
            return StoredProblem.Of(http, StatusCodes.Status400BadRequest, StoredDataIssueCodes.PagingInvalid, Catalog.Of(nameof(Messages.StoredPagingInvalid), ("max", PageRequest.MaxPageSize)));
        }

        if (inMemory is not null)
        {
            // A filter over a JSON column (milestones, subjects' forms): the SQL filters and the scope run in the
            // database, this one over the rows they return, then the page is cut.
            var all = await repository.ListAsync(new PagedSpecification<T>(parts, key, null, secondKey), http.RequestAborted).ConfigureAwait(false);
            var kept = all.Where(inMemory).ToList();
            var pageRows = kept.Skip(paging.Skip).Take(paging.PageSize).Select(map).ToList();
            return Results.Json(new StoredPage<TOut>(pageRows, paging.Page, paging.PageSize, kept.Count), info);
        }

        var total = await repository.CountAsync(new PagedSpecification<T>(parts, key, null, secondKey), http.RequestAborted).ConfigureAwait(false);
        var rows = paging.Skip >= total
            ? []
            : await repository.ListAsync(new PagedSpecification<T>(parts, key, paging, secondKey), http.RequestAborted).ConfigureAwait(false);
        return Results.Json(new StoredPage<TOut>([.. rows.Select(map)], paging.Page, paging.PageSize, total), info);
    }

    internal static bool TryUnitFilter(HttpContext http, DataScope scope, string name, out OrgUnitId? unit, out IResult refusal)
    {
        unit = null;
        refusal = Results.Empty;
        if (!http.Request.Query.TryGetValue(name, out var values))
        {
            return true;
        }

        if (values.Count != 1 || !OrgUnitId.TryCreate(values[0], out var id))
        {
            refusal = InvalidParameter(http, name, values.ToString());
            return false;
        }

        // A unit of another county, or none at all, narrows to nothing: the scope still applies (no oracle).
        unit = id;
        return true;
    }

    /// <summary>The subtree of a unit filter; a unit that is not in the tree selects nothing (as another county's does).</summary>
    internal static WhereSpecification<T> Subtree<T>(DataScope scope, OrgUnitId unit, Expression<Func<T, OrgUnitId>> selector) =>
        scope.Tree.Contains(unit)
            ? new WhereSpecification<T>(DataScope.Subtree(scope.Tree, unit).Predicate(selector))
            : new WhereSpecification<T>(_ => false);

    internal static bool TryQuarter(HttpContext http, out AssessmentQuarter? quarter, out IResult refusal)
    {
        quarter = null;
        refusal = Results.Empty;
        if (!http.Request.Query.TryGetValue("quarter", out var values))
        {
            return true;
        }

        if (values.Count != 1 || !AssessmentQuarter.TryParse(values[0], out var q))
        {
            refusal = InvalidParameter(http, "quarter", values.ToString());
            return false;
        }

        quarter = q;
        return true;
    }

    /// <summary>An optional <c>true</c>/<c>false</c> query parameter.</summary>
    internal static bool TryBoolean(HttpContext http, string name, out bool? value, out IResult refusal)
    {
        value = null;
        refusal = Results.Empty;
        if (!http.Request.Query.TryGetValue(name, out var values))
        {
            return true;
        }

        if (values.Count != 1 || values[0] is not ("true" or "false"))
        {
            refusal = InvalidParameter(http, name, values.ToString());
            return false;
        }

        value = values[0] == "true";
        return true;
    }

    /// <summary>An optional year query parameter (<c>2026</c>).</summary>
    internal static bool TryYear(HttpContext http, string name, out AssessmentYear? year, out IResult refusal)
    {
        year = null;
        refusal = Results.Empty;
        if (!http.Request.Query.TryGetValue(name, out var values))
        {
            return true;
        }

        if (values.Count != 1
            || !int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number is < AssessmentYear.MinValue or > AssessmentYear.MaxValue)
        {
            refusal = InvalidParameter(http, name, values.ToString());
            return false;
        }

        year = new AssessmentYear(number);
        return true;
    }

    /// <summary>An optional enum query parameter in its canonical camelCase code.</summary>
    internal static bool TryEnum<TEnum>(HttpContext http, string name, out TEnum? value, out IResult refusal)
        where TEnum : struct, Enum
    {
        value = null;
        refusal = Results.Empty;
        if (!http.Request.Query.TryGetValue(name, out var values))
        {
            return true;
        }

        if (values.Count != 1 || !KitEnum.TryParse<TEnum>(values[0], out var parsed))
        {
            refusal = InvalidParameter(http, name, values.ToString());
            return false;
        }

        value = parsed;
        return true;
    }

    internal static bool TryDate(HttpContext http, string name, out LocalDate? date, out IResult refusal)
    {
        date = null;
        refusal = Results.Empty;
        if (!http.Request.Query.TryGetValue(name, out var values))
        {
            return true;
        }

        var parsed = values.Count == 1 ? LocalDatePattern.Iso.Parse(values[0] ?? string.Empty) : null;
        if (parsed is null || !parsed.Success)
        {
            refusal = InvalidParameter(http, name, values.ToString());
            return false;
        }

        date = parsed.Value;
        return true;
    }

    private static bool TryCardKey(string unit, string quarter, out OrgUnitId u, out AssessmentQuarter q)
    {
        q = default;
        return OrgUnitId.TryCreate(unit, out u) & AssessmentQuarter.TryParse(quarter, out q);
    }

    internal static IResult InvalidParameter(HttpContext http, string name, string value) =>
        StoredProblem.Of(http, StatusCodes.Status400BadRequest, StoredDataIssueCodes.QueryParameterInvalid, Catalog.Of(nameof(Messages.StoredQueryParameterInvalid), ("name", name), ("value", value)));

    internal static IResult NotFound(HttpContext http, string id) =>
        StoredProblem.Of(http, StatusCodes.Status404NotFound, StoredDataIssueCodes.NotFound, Catalog.Of(nameof(Messages.StoredNotFound), ("id", id)));

    internal static IResult IfMatchRequired(HttpContext http) =>
        StoredProblem.Of(http, StatusCodes.Status428PreconditionRequired, StoredDataIssueCodes.IfMatchRequired, Catalog.Of(nameof(Messages.StoredIfMatchRequired)));

    internal static IResult IdMismatch(HttpContext http, string path, string body) =>
        StoredProblem.Of(http, StatusCodes.Status400BadRequest, StoredDataIssueCodes.IdMismatch, Catalog.Of(nameof(Messages.StoredIdMismatch), ("path", path), ("body", body)));

    internal static IResult PagingInvalid(HttpContext http) =>
        StoredProblem.Of(http, StatusCodes.Status400BadRequest, StoredDataIssueCodes.PagingInvalid, Catalog.Of(nameof(Messages.StoredPagingInvalid), ("max", PageRequest.MaxPageSize)));

    internal static IResult PreconditionFailed(HttpContext http, string id) =>
        StoredProblem.Of(http, StatusCodes.Status412PreconditionFailed, StoredDataIssueCodes.PreconditionFailed, Catalog.Of(nameof(Messages.StoredPreconditionFailed), ("id", id)));
}
