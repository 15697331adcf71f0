using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>The bounded paging of a list: <c>?page=</c> (from 1) and <c>?pageSize=</c> (1 to <see cref="MaxPageSize"/>).</summary>
internal readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 500;

    public int Skip => (int)Math.Min(int.MaxValue, (long)(Page - 1) * PageSize);

    /// <summary>Reads the paging of the query string; false when a value is not a number or out of bounds.</summary>
    public static bool TryRead(HttpRequest request, out PageRequest paging)
    {
        paging = new PageRequest(1, DefaultPageSize);
        var page = 1;
        var size = DefaultPageSize;
        if (request.Query.TryGetValue("page", out var p) && (p.Count != 1 || !int.TryParse(p[0], NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            return false;
        }

        if (request.Query.TryGetValue("pageSize", out var s) && (s.Count != 1 || !int.TryParse(s[0], NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > MaxPageSize))
        {
            return false;
        }

        paging = new PageRequest(page, size);
        return true;
    }
}
