using System.Linq.Expressions;
using Ardalis.Specification;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>
/// The filters of the domain specifications a request named (AND-ed), the order of the first that has one, then the
/// key as a tie-break so that pages are stable, and the page's skip and take — all run in SQL by the scoped repository.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class PagedSpecification<T> : Specification<T>
{
    public PagedSpecification(IReadOnlyList<ISpecification<T>> parts, Expression<Func<T, object?>> key, PageRequest? paging, Expression<Func<T, object?>>? secondKey = null)
    {
        foreach (var where in parts.SelectMany(p => p.WhereExpressions))
        {
            Query.Where(where.Filter);
        }

        IOrderedSpecificationBuilder<T>? ordered = null;
        foreach (var order in parts.FirstOrDefault(p => p.OrderExpressions.Any())?.OrderExpressions ?? [])
        {
            var descending = order.OrderType is OrderTypeEnum.OrderByDescending or OrderTypeEnum.ThenByDescending;
            ordered = ordered is null
                ? (descending ? Query.OrderByDescending(order.KeySelector) : Query.OrderBy(order.KeySelector))
                : (descending ? ordered.ThenByDescending(order.KeySelector) : ordered.ThenBy(order.KeySelector));
        }

        ordered = ordered is null ? Query.OrderBy(key) : ordered.ThenBy(key);
        if (secondKey is not null)
        {
            ordered.ThenBy(secondKey);
        }

        if (paging is { } page)
        {
            Query.Skip(page.Skip).Take(page.PageSize);
        }
    }
}
