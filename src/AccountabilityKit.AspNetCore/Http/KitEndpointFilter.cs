using AccountabilityKit.AspNetCore.Problems;
using AccountabilityKit.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AccountabilityKit.AspNetCore.Http;

/// <summary>
/// Turns what an endpoint throws into a problem: a validation failure into 400 with the kit's issues, a body over the
/// limit into 413, anything else into 500 without the exception's text (logged with the trace id). A cancellation by
/// the request-timeouts middleware is left to it (408).
/// </summary>
internal sealed partial class KitEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (ValidationFailedException e)
        {
            return KitProblems.Validation(http, e.Report);
        }
        catch (BodyTooLargeException e)
        {
            return KitProblems.Problem(
                http,
                StatusCodes.Status413PayloadTooLarge,
                KitProblems.TooLargeType,
                HttpIssueCodes.BodyTooLarge,
                Catalog.Of(nameof(Messages.ProblemTooLargeTitle)),
                Catalog.Of(nameof(Messages.ProblemTooLargeDetail), ("limit", e.Limit)));
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Every other failure becomes a 500 problem that leaks nothing.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var logger = http.RequestServices.GetService<ILoggerFactory>()?.CreateLogger("AccountabilityKit.AspNetCore");
            if (logger is not null)
            {
                LogUnhandled(logger, e, Catalog.Of(nameof(Messages.LogUnhandledException), ("traceId", http.TraceIdentifier)).Render(System.Globalization.CultureInfo.InvariantCulture));
            }

            return KitProblems.Problem(
                http,
                StatusCodes.Status500InternalServerError,
                KitProblems.InternalType,
                HttpIssueCodes.Internal,
                Catalog.Of(nameof(Messages.ProblemInternalTitle)),
                Catalog.Of(nameof(Messages.ProblemInternalDetail), ("traceId", http.TraceIdentifier)));
        }
    }

    [LoggerMessage(EventId = 1, EventName = "UnhandledException", Level = LogLevel.Error, Message = "{Text}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string text);
}
