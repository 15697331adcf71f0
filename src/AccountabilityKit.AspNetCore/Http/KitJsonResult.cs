using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AccountabilityKit.AspNetCore.Contracts;
using AccountabilityKit.AspNetCore.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using System.Reflection;

namespace AccountabilityKit.AspNetCore.Http;

/// <summary>Writes a contract through the kit's JSON options with messages rendered in the request's language.</summary>
internal sealed class KitJsonResult<T>(T value, int status = StatusCodes.Status200OK, string contentType = "application/json; charset=utf-8") : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>
{
    public int? StatusCode => status;

    public object? Value => value;

    T? IValueHttpResult<T>.Value => value;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var bytes = HttpContractsJson.SerializeToUtf8Bytes(value, KitProblems.CultureOf(httpContext));
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = contentType;
        httpContext.Response.ContentLength = bytes.Length;
        await httpContext.Response.Body.WriteAsync(bytes, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
