using System.Linq.Expressions;
using AccountabilityKit.EntityFrameworkCore.Repositories;
using AccountabilityKit.Organization;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.AspNetCore.Stored;

/// <summary>A scoped repository that also hands out its scoped set, for the statistics push-down.</summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class ScopedQuery<T>(DbContext context, DataScope scope, Expression<Func<T, OrgUnitId>>? unitSelector = null)
    : ScopedRepository<T>(context, scope, unitSelector)
    where T : class
{
    /// <summary>The rows of <typeparamref name="T"/> within the scope.</summary>
    public IQueryable<T> InScope => Scoped;
}
