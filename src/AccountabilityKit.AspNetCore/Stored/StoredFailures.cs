using AccountabilityKit.EntityFrameworkCore.Repositories;
using AccountabilityKit.EntityFrameworkCore.Statistics;
using AccountabilityKit.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>Turns the kit's and EF Core's refusals into problem answers, so that bad input is never a 500.</summary>
internal static class StoredFailures
{
    public static async ValueTask<object?> HandleAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (ValidationFailedException e)
        {
            return StoredProblem.Of(http, StatusCodes.Status400BadRequest, e.Report);
        }
        catch (DataScopeViolationException)
        {
            // One answer for every refusal of the scope: outside the subtree, or a taken id (no existence oracle).
            return StoredProblem.Of(http, StatusCodes.Status403Forbidden, StoredDataIssueCodes.WriteRefused, Catalog.Of(nameof(Messages.StoredWriteRefused)));
        }
        catch (DbUpdateConcurrencyException)
        {
            return StoredProblem.Of(http, StatusCodes.Status412PreconditionFailed, StoredDataIssueCodes.PreconditionFailed,
                Catalog.Of(nameof(Messages.StoredPreconditionFailed), ("id", http.Request.RouteValues["id"]?.ToString() ?? string.Empty)));
        }
        catch (StatRequestTranslationException e)
        {
            return StoredProblem.Of(http, StatusCodes.Status400BadRequest, ValidationReport.Of(ValidationIssue.Error(StoredDataIssueCodes.QueryParameterInvalid, "$", e.Text ?? Catalog.Of(nameof(Messages.StoredRequestRefused)))));
        }
    }
}
