using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using AccountabilityKit.EntityFrameworkCore.Specifications;
using AccountabilityKit.Organization;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Repositories;

/// <summary>
/// An Ardalis repository over a <see cref="DbContext"/> that only ever sees the rows of one <see cref="DataScope"/>:
/// whatever specification a caller passes, no row whose unit lies outside the scope's subtrees is returned, counted,
/// checked with <c>Any</c>, projected, updated or deleted.
/// </summary>
/// <remarks>
/// <para>
/// Every query starts from <c>Set&lt;T&gt;().Where(scope)</c>, applies the specification, and applies the scope
/// again before any projection, so neither an always-true criterion, a search term, pagination past the end nor
/// <c>IgnoreQueryFilters</c> can widen it (the scope is an explicit <c>WHERE … IN</c>, not a global query filter).
/// Specifications with includes are refused with <see cref="DataScopeViolationException"/>: included rows belong to
/// other entity types the scope cannot filter.
/// </para>
/// <para>
/// Writes check both the stored row (by key, within the scope) and the new value's unit before changing anything;
/// an out-of-scope entity makes the whole call throw <see cref="DataScopeViolationException"/> and nothing is saved.
/// <see cref="GetByIdAsync{TId}"/> of an out-of-scope id returns <see langword="null"/>, as for a missing one.
/// </para>
/// </remarks>
/// <typeparam name="T">The entity type, mapped in the context.</typeparam>
public class ScopedRepository<T> : IRepositoryBase<T>
    where T : class
{
    private readonly DbContext _context;
    private readonly Expression<Func<T, bool>> _inScope;
    private readonly Func<T, OrgUnitId> _unitOf;
    private readonly KitSpecificationEvaluator _evaluator;

    /// <summary>Creates a repository for <typeparamref name="T"/> restricted to <paramref name="scope"/>.</summary>
    /// <param name="context">The user's context, with <typeparamref name="T"/> mapped.</param>
    /// <param name="scope">The visible part of the organisation tree.</param>
    /// <param name="unitSelector">The unit of an entity; <see cref="UnitSelectors.For{T}"/> when null.</param>
    /// <param name="evaluator">The specification evaluator; <see cref="KitSpecificationEvaluator.Instance"/> when null.</param>
    /// <exception cref="Model.AccountabilityKitModuleNotMappedException"><typeparamref name="T"/> belongs to a module the context does not map.</exception>
    /// <exception cref="InvalidOperationException"><typeparamref name="T"/> is no entity type of the context.</exception>
    public ScopedRepository(DbContext context, DataScope scope, Expression<Func<T, OrgUnitId>>? unitSelector = null, KitSpecificationEvaluator? evaluator = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(scope);
        Model.ModelAreas.Require(context, typeof(T));
        _context = context;
        Scope = scope;
        var selector = unitSelector ?? UnitSelectors.For<T>();
        _inScope = scope.Predicate(selector);
        _unitOf = selector.Compile();
        _evaluator = evaluator ?? KitSpecificationEvaluator.Instance;
    }

    /// <summary>The scope every operation is restricted to.</summary>
    public DataScope Scope { get; }

    /// <summary>The rows of <typeparamref name="T"/> in the scope: the start of every query.</summary>
    protected IQueryable<T> Scoped => _context.Set<T>().Where(_inScope);

    /// <inheritdoc />
    public virtual async Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken)
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(id);
        return await Scoped.Where(KeyEquals(id)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public virtual async Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        await Query(specification).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public virtual async Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken) =>
        await Query(specification).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public virtual async Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken) =>
        await Query(specification).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public virtual async Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken) =>
        await Query(specification).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public virtual async Task<List<T>> ListAsync(CancellationToken cancellationToken) =>
        await Scoped.ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public virtual async Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken)
    {
        var list = await Query(specification).ToListAsync(cancellationToken).ConfigureAwait(false);
        return specification.PostProcessingAction is { } post ? post(list).ToList() : list;
    }

    /// <inheritdoc />
    public virtual async Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken)
    {
        var list = await Query(specification).ToListAsync(cancellationToken).ConfigureAwait(false);
        return specification.PostProcessingAction is { } post ? post(list).ToList() : list;
    }

    /// <inheritdoc />
    public virtual async Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        await Criteria(specification).CountAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public virtual async Task<int> CountAsync(CancellationToken cancellationToken) =>
        await Scoped.CountAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public virtual async Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken) =>
        await Criteria(specification).AnyAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public virtual async Task<bool> AnyAsync(CancellationToken cancellationToken) =>
        await Scoped.AnyAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public virtual IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification) => Query(specification).AsAsyncEnumerable();

    /// <inheritdoc />
    /// <exception cref="DataScopeViolationException">The entity's unit is outside the scope; nothing is added.</exception>
    public virtual async Task<T> AddAsync(T entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        RequireVisibleUnit(entity);
        _context.Set<T>().Add(entity);
        await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return entity;
    }

    /// <inheritdoc />
    /// <exception cref="DataScopeViolationException">An entity's unit is outside the scope; nothing is added.</exception>
    public virtual async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        list.ForEach(RequireVisibleUnit);
        _context.Set<T>().AddRange(list);
        await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return list;
    }

    /// <inheritdoc />
    /// <exception cref="DataScopeViolationException">The stored row or the new value lies outside the scope; nothing is changed.</exception>
    public virtual async Task<int> UpdateAsync(T entity, CancellationToken cancellationToken) =>
        await UpdateRangeAsync([entity], cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    /// <exception cref="DataScopeViolationException">A stored row or a new value lies outside the scope; nothing is changed.</exception>
    public virtual async Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        var stored = await StoredInScopeAsync(list, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(stored[i], list[i]))
            {
                _context.Entry(list[i]).State = EntityState.Modified;
            }
            else
            {
                _context.Entry(stored[i]).CurrentValues.SetValues(list[i]);
            }
        }

        return await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="DataScopeViolationException">The stored row lies outside the scope (or is missing); nothing is deleted.</exception>
    public virtual async Task<int> DeleteAsync(T entity, CancellationToken cancellationToken) =>
        await DeleteRangeAsync([entity], cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    /// <exception cref="DataScopeViolationException">A stored row lies outside the scope (or is missing); nothing is deleted.</exception>
    public virtual async Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var stored = await StoredInScopeAsync(entities.ToList(), cancellationToken).ConfigureAwait(false);
        _context.Set<T>().RemoveRange(stored);
        return await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Deletes the rows the specification's criteria select within the scope (pagination and ordering are ignored).</remarks>
    public virtual async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken)
    {
        var rows = await Criteria(specification).ToListAsync(cancellationToken).ConfigureAwait(false);
        _context.Set<T>().RemoveRange(rows);
        return await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public virtual async Task<int> SaveChangesAsync(CancellationToken cancellationToken) =>
        await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The scoped query of a specification: scope, spec, scope again.</summary>
    /// <param name="specification">The specification.</param>
    /// <exception cref="DataScopeViolationException">The specification has includes.</exception>
    protected IQueryable<T> Query(ISpecification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        RefuseIncludes(specification);
        return _evaluator.GetQuery(Scoped, specification).Where(_inScope);
    }

    /// <summary>The scoped query of a projecting specification: scope, spec, scope again, then the projection.</summary>
    /// <typeparam name="TResult">The projected type.</typeparam>
    /// <param name="specification">The specification.</param>
    /// <exception cref="DataScopeViolationException">The specification has includes.</exception>
    protected IQueryable<TResult> Query<TResult>(ISpecification<T, TResult> specification) =>
        KitSpecificationEvaluator.Project(Query((ISpecification<T>)specification), specification);

    /// <summary>The scoped rows the specification's criteria select (for counts, Any and deletes).</summary>
    /// <param name="specification">The specification.</param>
    protected IQueryable<T> Criteria(ISpecification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return _evaluator.GetQuery(Scoped, specification, evaluateCriteriaOnly: true).Where(_inScope);
    }

    private void RequireVisibleUnit(T entity)
    {
        var unit = _unitOf(entity);
        if (!Scope.Contains(unit))
        {
            throw new DataScopeViolationException(typeof(T), unit, Catalog.Of(nameof(Messages.DataScopeUnitOutside), ("type", typeof(T).Name), ("unit", unit)));
        }
    }

    /// <summary>For each entity: its new unit must be visible, and the stored row with its key must exist within the scope.</summary>
    private async Task<List<T>> StoredInScopeAsync(List<T> entities, CancellationToken cancellationToken)
    {
        entities.ForEach(RequireVisibleUnit);
        var key = _context.Model.FindEntityType(typeof(T))?.FindPrimaryKey()
            ?? throw new InvalidOperationException(Catalog.Of(nameof(Messages.EntityTypeWithoutKey), ("type", typeof(T).Name)).Render(null));
        var stored = new List<T>(entities.Count);
        foreach (var entity in entities)
        {
            var keyValues = key.Properties.Select(p => _context.Entry(entity).Property(p.Name).CurrentValue).ToArray();
            var found = await Scoped.Where(KeyEquals(keyValues)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                throw new DataScopeViolationException(typeof(T), null, Catalog.Of(nameof(Messages.DataScopeRowMissing), ("type", typeof(T).Name), ("key", string.Join(", ", keyValues.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))))));
            }

            stored.Add(found);
        }

        return stored;
    }

    private Expression<Func<T, bool>> KeyEquals(params object?[] keyValues)
    {
        var key = _context.Model.FindEntityType(typeof(T))?.FindPrimaryKey()
            ?? throw new InvalidOperationException(Catalog.Of(nameof(Messages.EntityTypeWithoutKey), ("type", typeof(T).Name)).Render(null));
        if (key.Properties.Count != keyValues.Length)
        {
            throw new ArgumentException($"{typeof(T).Name} has a key of {key.Properties.Count} part(s), not {keyValues.Length}.", nameof(keyValues));
        }

        var parameter = Expression.Parameter(typeof(T), "e");
        Expression? body = null;
        for (var i = 0; i < keyValues.Length; i++)
        {
            var property = key.Properties[i];
            var value = keyValues[i];
            if (value is null || !property.ClrType.IsInstanceOfType(value))
            {
                throw new ArgumentException($"The key {property.Name} of {typeof(T).Name} is a {property.ClrType.Name}, not {value?.GetType().Name ?? "null"}.", nameof(keyValues));
            }

            var read = Expression.Call(typeof(EF), nameof(EF.Property), [property.ClrType], parameter, Expression.Constant(property.Name));
            var boxed = Expression.Constant(new KeyValue(value));
            var captured = Expression.Convert(Expression.Property(boxed, nameof(KeyValue.Value)), property.ClrType);
            var equal = Expression.Equal(read, captured);
            body = body is null ? equal : Expression.AndAlso(body, equal);
        }

        return Expression.Lambda<Func<T, bool>>(body!, parameter);
    }

    private static void RefuseIncludes(ISpecification<T> specification)
    {
        if (specification.IncludeExpressions.Any() || specification.IncludeStrings.Any())
        {
            throw new DataScopeViolationException(typeof(T), null, Catalog.Of(nameof(Messages.DataScopeIncludes), ("type", typeof(T).Name)));
        }
    }

    /// <summary>A key value captured so it is sent as a parameter.</summary>
    private sealed class KeyValue(object value)
    {
        public object Value { get; } = value;
    }
}
