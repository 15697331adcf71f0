using System.Buffers;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.AspNetCore.Contracts;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AccountabilityKit.AspNetCore.Http;

/// <summary>Reads request bodies within the configured limits and through the kit's strict reading.</summary>
internal static class HttpBody
{
    public static AccountabilityKitHttpOptions OptionsOf(HttpContext context) =>
        context.RequestServices.GetService<IOptions<AccountabilityKitHttpOptions>>()?.Value ?? new AccountabilityKitHttpOptions();

    public static DocumentLimits LimitsOf(HttpContext context)
    {
        var options = OptionsOf(context);
        return DocumentLimits.Default with { MaxBytes = options.MaxRequestBodyBytes, MaxDepth = options.MaxJsonDepth };
    }

    /// <summary>The body's bytes; <see cref="BodyTooLargeException"/> past the limit, a validation failure when empty.</summary>
    public static async Task<byte[]> ReadAsync(HttpContext context)
    {
        var limit = OptionsOf(context).MaxRequestBodyBytes;
        if (context.Request.ContentLength is { } declared && declared > limit)
        {
            throw new BodyTooLargeException(limit);
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new BodyTooLargeException(limit);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        if (buffer.Length == 0)
        {
            throw new ValidationFailedException(ValidationIssue.Error(HttpIssueCodes.BodyEmpty, JsonPaths.Root, Catalog.Of(nameof(Messages.ProblemEmptyBodyDetail))));
        }

        return buffer.ToArray();
    }

    /// <summary>Reads the body as <typeparamref name="T"/> through <c>AccountabilityKitJson.TryRead</c> with the configured limits.</summary>
    public static async Task<T> ReadAsync<T>(HttpContext context)
    {
        var bytes = await ReadAsync(context).ConfigureAwait(false);
        return AccountabilityKitJson.TryRead(bytes, HttpContractsJson.TypeInfo<T>(), LimitsOf(context), out var value, out var report)
            ? value
            : throw new ValidationFailedException(report);
    }
}
