using System.Text.Json;
using AccountabilityKit.AspNetCore.Problems;
using AccountabilityKit.Checklists.Queries;
using AccountabilityKit.Checklists.Review;
using AccountabilityKit.Checklists.Tailoring;
using AccountabilityKit.EntityFrameworkCore.History;
using AccountabilityKit.EntityFrameworkCore.Model;
using AccountabilityKit.EntityFrameworkCore.Repositories;
using AccountabilityKit.EntityFrameworkCore.Specifications;
using AccountabilityKit.Organization;
using AccountabilityKit.Serialization;
using Ardalis.Specification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static AccountabilityKit.AspNetCore.Stored.StoredDataEndpoints;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>
/// The stored responsibility checklists (in the published checklist format) and their reviews: list with the Checklists
/// package's specifications as filters, get, create, replace with <c>If-Match</c>, the review and its actions, the review's
/// append-only transition history and its verification — every one within the caller's subtree (a checklist's unit is its
/// owner's; a review is visible exactly when its checklist is).
/// </summary>
internal static class ChecklistEndpoints
{
    private const string ChainKeyProperty = "ChecklistId";
    private const string SequenceProperty = "Sequence";

    public static void Map<TContext>(RouteGroupBuilder data)
        where TContext : DbContext
    {
        data.MapGet("checklists", ([FromQuery] string? unit, [FromQuery] string? year, [FromQuery] string? returned, [FromQuery] string? overdueAsOf, [FromQuery] string? page, [FromQuery] string? pageSize, HttpContext http) => ListAsync(http, Db<TContext>(http)))
            .Describe<StoredPage<JsonElement>>(
                "ListStoredChecklists",
                "List the stored checklists in the caller's scope",
                "A page of the caller's stored responsibility checklists in the published checklist format, ordered by id. Filters narrow the caller's subtree and never widen it: unit (that unit's subtree), year (ChecklistsOfYearSpec), returned (true: the review is currently returned for revision, ReturnedChecklistsSpec; false: it is not), overdueAsOf (an ISO date: at least one milestone overdue on that day, ChecklistsWithOverdueMilestonesSpec). A unit outside the scope selects nothing. Bad values are 400 HTD006 (paging) or HTD007 (filters).",
                StatusCodes.Status200OK);
        data.MapGet("checklists/{id}", (HttpContext http, string id) => GetAsync(http, Db<TContext>(http), id))
            .Describe<JsonElement>(
                "GetStoredChecklist",
                "Read one stored checklist",
                "The checklist in the published checklist format, with its ETag. Another unit's checklist and a missing one are the same 404 (HTD003).",
                StatusCodes.Status200OK,
                StatusCodes.Status404NotFound);
        data.MapPost("checklists", (Func<HttpContext, Task<IResult>>)(http => CreateAsync(http, Db<TContext>(http))))
            .AcceptsDocument()
            .Describe<JsonElement>(
                "CreateStoredChecklist",
                "Store a new checklist",
                "Reads the posted checklist in the published checklist format (strict JSON, every issue with its path) and stores it: 201 with Location and ETag. An owner unit outside the caller's subtree and a taken id are one 403 (HTD008), nothing stored.",
                StatusCodes.Status201Created);
        data.MapPut("checklists/{id}", (HttpContext http, string id) => ReplaceAsync(http, Db<TContext>(http), id))
            .AcceptsDocument()
            .Describe<JsonElement>(
                "ReplaceStoredChecklist",
                "Replace a stored checklist (If-Match required)",
                "Replaces the checklist by the posted one (same id) when If-Match names its current ETag: 428 (HTD004) without If-Match, 412 (HTD005) when it is stale or another writer saved first, 403 (HTD008) when the new owner unit is outside the caller's subtree.",
                StatusCodes.Status200OK,
                StatusCodes.Status404NotFound,
                StatusCodes.Status412PreconditionFailed,
                StatusCodes.Status428PreconditionRequired);
        data.MapGet("checklists/{id}/review", (HttpContext http, string id) => GetReviewAsync(http, Db<TContext>(http), id))
            .Describe<ChecklistReviewRecord>(
                "GetStoredChecklistReview",
                "Read a checklist's review",
                "The review of a stored checklist: its state, return count and every transition, with the review's ETag. 404 (HTD003) when the checklist is not in the caller's scope or has no review yet.",
                StatusCodes.Status200OK,
                StatusCodes.Status404NotFound);
        data.MapPost("checklists/{id}/review/transitions", (HttpContext http, string id) => ActAsync(http, Db<TContext>(http), id))
            .Accepts<ReviewActionRequest>("application/json")
            .Describe<ChecklistReviewRecord>(
                "ActOnStoredChecklistReview",
                "Submit, return or approve a checklist",
                "Applies one review action (submit, return with issue codes and/or a reason, approve) at the host's clock and stores the next review; its transitions are appended to the hash-chained history. The first action creates the review (201, no If-Match); later ones need If-Match with the review's ETag (428 HTD004, 412 HTD005). An action the state does not allow is 409 (HTD010).",
                StatusCodes.Status200OK,
                StatusCodes.Status201Created,
                StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict,
                StatusCodes.Status412PreconditionFailed,
                StatusCodes.Status428PreconditionRequired);
        data.MapGet("checklists/{id}/review/transitions", ([FromQuery] string? page, [FromQuery] string? pageSize, HttpContext http, string id) => ListTransitionsAsync(http, Db<TContext>(http), id))
            .Describe<StoredPage<ReviewTransitionRecord>>(
                "ListStoredChecklistReviewTransitions",
                "List a review's stored transition history",
                "A page of the rows of the review's append-only, hash-chained history, oldest first. 404 (HTD003) when the checklist is not in the caller's scope.",
                StatusCodes.Status200OK,
                StatusCodes.Status404NotFound);
        data.MapGet("checklists/{id}/review/transitions/verification", (HttpContext http, string id) => VerifyTransitionsAsync(http, Db<TContext>(http), id))
            .Describe<HistoryVerificationRecord>(
                "VerifyStoredChecklistReviewTransitions",
                "Verify a review's transition history",
                "Recomputes the hash chain of the review's transitions and checks that the stored review is the chain's outcome; the first broken link is explained in the request's language. 404 (HTD003) when the checklist is not in the caller's scope.",
                StatusCodes.Status200OK,
                StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync<TContext>(HttpContext http, TContext db)
        where TContext : DbContext
    {
        var scope = CallerScope.Of(http);
        if (!TryUnitFilter(http, scope, "unit", out var unit, out var refusal)
            || !TryYear(http, "year", out var year, out refusal)
            || !TryBoolean(http, "returned", out var returned, out refusal)
            || !TryDate(http, "overdueAsOf", out var overdueAsOf, out refusal))
        {
            return refusal;
        }

        var parts = new List<ISpecification<ResponsibilityChecklist>>();
        if (unit is { } u)
        {
            parts.Add(Subtree(scope, u, UnitSelectors.Checklists));
        }

        if (year is { } y)
        {
            parts.Add(new ChecklistsOfYearSpec(y));
        }

        if (returned is { } wanted)
        {
            // The ids of the reviews currently returned (ReturnedChecklistsSpec, in SQL), as one collection parameter:
            // it only narrows the scoped checklists, whatever the ids name.
            var ids = await KitSpecificationEvaluator.Instance.GetQuery(db.Set<ChecklistReview>().AsNoTracking(), new ReturnedChecklistsSpec())
                .Select(r => r.ChecklistId).ToListAsync(http.RequestAborted).ConfigureAwait(false);
            parts.Add(wanted
                ? new WhereSpecification<ResponsibilityChecklist>(c => ids.Contains(c.Id))
                : new WhereSpecification<ResponsibilityChecklist>(c => !ids.Contains(c.Id)));
        }

        // Milestones live in the items' JSON column: the overdue test runs over the rows the SQL filters return.
        Func<ResponsibilityChecklist, bool>? overdue = overdueAsOf is { } asOf ? new ChecklistsWithOverdueMilestonesSpec(asOf).IsSatisfiedBy : null;
        return await PageAsync(
            http,
            new ScopedRepository<ResponsibilityChecklist>(db, scope),
            parts,
            c => c.Id,
            c => StoredDocuments.Element(ResponsibilityChecklistJson.Save(c)),
            StoredJsonContext.InfoOf<StoredPage<JsonElement>>(),
            inMemory: overdue).ConfigureAwait(false);
    }

    private static async Task<IResult> GetAsync<TContext>(HttpContext http, TContext db, string id)
        where TContext : DbContext
    {
        var checklist = await new ScopedRepository<ResponsibilityChecklist>(db, CallerScope.Of(http)).GetByIdAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (checklist is null)
        {
            return NotFound(http, id);
        }

        http.Response.Headers.ETag = EntityTags.Of(db, checklist);
        return StoredDocuments.Answer(ResponsibilityChecklistJson.Save(checklist));
    }

    private static async Task<IResult> CreateAsync<TContext>(HttpContext http, TContext db)
        where TContext : DbContext
    {
        var checklist = await StoredDocuments.ReadAsync<ResponsibilityChecklist>(http, ResponsibilityChecklistJson.TryLoad).ConfigureAwait(false);
        await new ScopedRepository<ResponsibilityChecklist>(db, CallerScope.Of(http)).AddAsync(checklist, http.RequestAborted).ConfigureAwait(false);
        http.Response.Headers.ETag = EntityTags.Of(db, checklist);
        http.Response.Headers.Location = StoredDocuments.LocationOf(http, checklist.Id);
        return StoredDocuments.Answer(ResponsibilityChecklistJson.Save(checklist), StatusCodes.Status201Created);
    }

    private static async Task<IResult> ReplaceAsync<TContext>(HttpContext http, TContext db, string id)
        where TContext : DbContext
    {
        var ifMatch = EntityTags.IfMatch(http.Request);
        if (ifMatch is null)
        {
            return IfMatchRequired(http);
        }

        var next = await StoredDocuments.ReadAsync<ResponsibilityChecklist>(http, ResponsibilityChecklistJson.TryLoad).ConfigureAwait(false);
        if (!string.Equals(next.Id, id, StringComparison.Ordinal))
        {
            return IdMismatch(http, id, next.Id);
        }

        var checklists = new ScopedRepository<ResponsibilityChecklist>(db, CallerScope.Of(http));
        var stored = await checklists.GetByIdAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (stored is null)
        {
            return NotFound(http, id);
        }

        if (!EntityTags.Matches(ifMatch, EntityTags.Of(db, stored)))
        {
            return PreconditionFailed(http, id);
        }

        // The next version replaces the tracked row (owner columns included); the repository's save checks the stored
        // row and the new owner unit against the scope, and the stamp read above against the row (412 when it moved).
        db.Replace(stored, next);
        TrackOwner(db, next);
        await checklists.SaveChangesAsync(http.RequestAborted).ConfigureAwait(false);
        http.Response.Headers.ETag = EntityTags.Of(db, next);
        return StoredDocuments.Answer(ResponsibilityChecklistJson.Save(next));
    }

    /// <summary>
    /// <c>Replace</c> tracks the next version but leaves its owner (an owned type, a new instance) untracked, so a changed
    /// owner would not be written: track it as modified with the row.
    /// </summary>
    internal static void TrackOwner(DbContext db, ResponsibilityChecklist next)
    {
        var owner = db.Entry(next).Reference(c => c.Owner).TargetEntry;
        if (owner is { State: EntityState.Detached })
        {
            owner.State = EntityState.Modified;
        }
    }

    // ---- the review ---------------------------------------------------------------------------------------------

    private static async Task<IResult> GetReviewAsync<TContext>(HttpContext http, TContext db, string id)
        where TContext : DbContext
    {
        if (!await VisibleAsync(http, db, id).ConfigureAwait(false))
        {
            return NotFound(http, id);
        }

        var review = await db.Set<ChecklistReview>().FirstOrDefaultAsync(r => r.ChecklistId == id, http.RequestAborted).ConfigureAwait(false);
        if (review is null)
        {
            return NotFound(http, $"{id}/review");
        }

        http.Response.Headers.ETag = EntityTags.Of(db, review);
        return Results.Json(ChecklistReviewRecord.From(review), StoredJsonContext.InfoOf<ChecklistReviewRecord>());
    }

    private static async Task<IResult> ActAsync<TContext>(HttpContext http, TContext db, string id)
        where TContext : DbContext
    {
        if (!await VisibleAsync(http, db, id).ConfigureAwait(false))
        {
            return NotFound(http, id);
        }

        var request = await AccountabilityKitJson.ReadAsync(http.Request.Body, StoredJsonContext.InfoOf<ReviewActionRequest>(), cancellationToken: http.RequestAborted).ConfigureAwait(false);
        var ifMatch = EntityTags.IfMatch(http.Request);
        var stored = await db.Set<ChecklistReview>().FirstOrDefaultAsync(r => r.ChecklistId == id, http.RequestAborted).ConfigureAwait(false);
        if (stored is not null && ifMatch is null)
        {
            return IfMatchRequired(http);
        }

        if ((stored is null && ifMatch is not null) || (stored is not null && !EntityTags.Matches(ifMatch!, EntityTags.Of(db, stored))))
        {
            return PreconditionFailed(http, id);
        }

        var clock = http.RequestServices.GetRequiredService<IClock>();
        ChecklistReview next;
        try
        {
            next = request.ApplyTo(stored ?? ChecklistReview.Start(id), clock);
        }
        catch (IllegalReviewTransitionException e)
        {
            return StoredProblem.Of(http, StatusCodes.Status409Conflict, StoredDataIssueCodes.ReviewActionRefused, e.Text);
        }

        if (stored is null)
        {
            db.Add(next);
        }
        else
        {
            db.Replace(stored, next);
        }

        try
        {
            await db.SaveChangesAsync(http.RequestAborted).ConfigureAwait(false);
        }
        catch (DbUpdateException e) when (stored is null && e is not DbUpdateConcurrencyException)
        {
            // Another writer created the review between the read and the save.
            return PreconditionFailed(http, id);
        }

        http.Response.Headers.ETag = EntityTags.Of(db, next);
        var record = ChecklistReviewRecord.From(next);
        if (stored is null)
        {
            http.Response.Headers.Location = $"{http.Request.PathBase}{http.Request.Path.Value?.TrimEnd('/')[..^"/transitions".Length]}";
            return Results.Json(record, StoredJsonContext.InfoOf<ChecklistReviewRecord>(), statusCode: StatusCodes.Status201Created);
        }

        return Results.Json(record, StoredJsonContext.InfoOf<ChecklistReviewRecord>());
    }

    private static async Task<IResult> ListTransitionsAsync<TContext>(HttpContext http, TContext db, string id)
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

        var rows = db.Set<ReviewTransition>().AsNoTracking().Where(t => EF.Property<string>(t, ChainKeyProperty) == id);
        var total = await rows.CountAsync(http.RequestAborted).ConfigureAwait(false);
        var page = paging.Skip >= total
            ? []
            : await rows.OrderBy(t => EF.Property<int>(t, SequenceProperty))
                .Skip(paging.Skip).Take(paging.PageSize)
                .Select(t => new { Transition = t, Sequence = EF.Property<int>(t, SequenceProperty) })
                .ToListAsync(http.RequestAborted).ConfigureAwait(false);
        return Results.Json(
            new StoredPage<ReviewTransitionRecord>([.. page.Select(r => ReviewTransitionRecord.Of(r.Transition, r.Sequence))], paging.Page, paging.PageSize, total),
            StoredJsonContext.InfoOf<StoredPage<ReviewTransitionRecord>>());
    }

    private static async Task<IResult> VerifyTransitionsAsync<TContext>(HttpContext http, TContext db, string id)
        where TContext : DbContext
    {
        if (!await VisibleAsync(http, db, id).ConfigureAwait(false))
        {
            return NotFound(http, id);
        }

        var report = await HistoryChainVerifier.VerifyAsync<ReviewTransition>(db, id, http.RequestAborted).ConfigureAwait(false);
        return Results.Json(HistoryVerificationRecord.From(report, KitProblems.CultureOf(http)), StoredJsonContext.InfoOf<HistoryVerificationRecord>());
    }

    /// <summary>Whether the checklist is stored within the caller's scope: what makes its review visible.</summary>
    private static async Task<bool> VisibleAsync<TContext>(HttpContext http, TContext db, string id)
        where TContext : DbContext =>
        await new ScopedRepository<ResponsibilityChecklist>(db, CallerScope.Of(http))
            .AnyAsync(new WhereSpecification<ResponsibilityChecklist>(c => c.Id == id), http.RequestAborted).ConfigureAwait(false);
}
