using AccountabilityKit.EntityFrameworkCore.Concurrency;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>Entity tags of stored aggregates: the EF package's concurrency stamp, quoted.</summary>
internal static class EntityTags
{
    public static string Of(DbContext db, object entity) =>
        Format((Guid)db.Entry(entity).Property(ConcurrencyStamp.PropertyName).CurrentValue!);

    public static string Format(Guid stamp) => $"\"{stamp:N}\"";

    /// <summary>The stamps an <c>If-Match</c> header names; null when the header is absent, <c>[Guid.Empty]</c> never matches.</summary>
    public static IReadOnlyList<string>? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch;
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header.ToString()))
        {
            return null;
        }

        return EntityTagHeaderValue.TryParseList(header, out var tags)
            ? [.. tags.Select(t => t.Equals(EntityTagHeaderValue.Any) ? "*" : (t.IsWeak ? string.Empty : t.Tag.ToString()))]
            : [string.Empty];
    }

    /// <summary>Whether the header names the current stamp (a weak tag never does: If-Match compares strongly).</summary>
    public static bool Matches(IReadOnlyList<string> ifMatch, string current) =>
        ifMatch.Any(t => t == "*" || string.Equals(t, current, StringComparison.Ordinal));
}
