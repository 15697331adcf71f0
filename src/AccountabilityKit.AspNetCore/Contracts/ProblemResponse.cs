using System.Collections.Immutable;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>
/// An RFC 9457 problem (<c>application/problem+json</c>) as the kit answers it: the standard members and two extensions,
/// <see cref="Code"/> (the HTTP layer's or the first issue's code) and <see cref="Issues"/> (the kit's issues, each
/// with code, severity, path, message id, typed arguments, citation and the message in the request's language).
/// </summary>
/// <param name="Type">A URI naming the kind of problem (<c>urn:accountabilitykit:problem:…</c>).</param>
/// <param name="Title">A short summary of the kind, in the request's language.</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">This occurrence explained, in the request's language.</param>
/// <param name="Code">The stable code of the problem (<c>HT…</c>, or the first issue's code for a validation problem).</param>
/// <param name="TraceId">The request's trace identifier, to find it in the host's logs.</param>
/// <param name="Issues">The kit's issues (empty when the problem is not about the request's content).</param>
public sealed record ProblemResponse(
    string Type,
    string Title,
    int Status,
    string Detail,
    string Code,
    string TraceId,
    ImmutableArray<IssueResponse> Issues);
