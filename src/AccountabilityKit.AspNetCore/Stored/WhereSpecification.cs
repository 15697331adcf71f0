using System.Linq.Expressions;
using Ardalis.Specification;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>One filter of a query parameter that no domain specification covers (a unit's subtree, a quarter).</summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class WhereSpecification<T> : Specification<T>
{
    public WhereSpecification(Expression<Func<T, bool>> filter) => Query.Where(filter);
}
