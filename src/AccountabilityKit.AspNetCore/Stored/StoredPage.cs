namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>One page of a list: the items, the page asked for, its size and the total number of rows in the caller's scope that match the filters.</summary>
/// <typeparam name="T">The item contract.</typeparam>
internal sealed record StoredPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
