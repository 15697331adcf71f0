using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using AccountabilityKit.EntityFrameworkCore.Specifications;
using AccountabilityKit.Organization;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AccountabilityKit.EntityFrameworkCore.Repositories;

/// <summary>
/// An Ardalis repository over a <see cref="DbContext"/> that only ever sees the rows of one <see cref="DataScope"/>:
/// whatever specification a caller passes, no row whose unit lies outside the scope's subtrees is returned, counted,
/// checked with <c>Any</c>, projected, updated or deleted.
/// </summary>
/// <remarks>
/// <para>
/// <b>Trust.</b> The host's code is trusted: its <see cref="DbContext"/> configuration (model, query filters,
/// interceptors), the code that constructs the repository, and a subclass's own code. A specification passed to the
/// repository is not: its expressions are inspected before anything runs, and a specification that reaches past the
/// scoped set — a captured context, <c>DbSet</c> or <see cref="IQueryable"/>, any other query root (<c>Set&lt;T&gt;()</c>,
/// <c>FromSql*</c>), a navigation to another entity type, <c>IgnoreQueryFilters</c>, or includes — is refused with
/// <see cref="DataScopeViolationException"/> (<c>DataScopeSpecificationRefused</c>, <c>DataScopeIncludes</c>).
/// </para>
/// <para>
/// <b>The current tree.</b> When the context maps <see cref="OrgUnit"/> (the organisation module), the scope is the
/// subtrees of <see cref="DataScope.Roots"/> in the <c>org_unit</c> rows as they are when each statement runs (a
/// recursive query joined into the statement, no parameter per unit, so scopes of any size work on SQLite and
/// PostgreSQL); a unit moved to another county leaves the old county's scope at once. Otherwise the scope is the
/// <see cref="DataScope.UnitIds"/> it was built with, sent as one collection parameter.
/// </para>
/// <para>
/// Every query starts from the scoped set, applies the specification, and applies the scope again before any
/// projection. Writes check the new value's unit and the stored row (by key, within the scope) before changing anything;
/// every save first checks every pending change of the shared change tracker and refuses the whole save
/// (<c>DataScopePendingChange</c>) when one is of another entity type or outside the scope. A refused add
/// (<c>DataScopeAddRefused</c>) looks the same whether the unit is outside the scope or the key is already taken.
/// <see cref="GetByIdAsync{TId}"/> of an out-of-scope id returns <see langword="null"/>, as for a missing one.
/// </para>
/// </remarks>
/// <typeparam name="T">The entity type, mapped in the context.</typeparam>
public class ScopedRepository<T> : IRepositoryBase<T>
    where T : class
{
    private static readonly MethodInfo ContainsUnit = new Func<IEnumerable<OrgUnitId>, OrgUnitId, bool>(Enumerable.Contains).Method;
    private static readonly MethodInfo QueryableContainsUnit = new Func<IQueryable<OrgUnitId>, OrgUnitId, bool>(Queryable.Contains).Method;
    private static readonly MethodInfo ParameterOfUnits = typeof(EF).GetMethod(nameof(EF.Parameter))!.MakeGenericMethod(typeof(OrgUnitId[]));

    private readonly DbContext _context;
    private readonly Expression<Func<T, bool>> _inScope;
    private readonly Func<T, OrgUnitId> _unitOf;
    private readonly KitSpecificationEvaluator _evaluator;
    private readonly IQueryable<OrgUnitId>? _currentUnits;
    private readonly IQueryable<T> _scoped;

    /// <summary>Creates a repository for <typeparamref name="T"/> restricted to <paramref name="scope"/>.</summary>
    /// <param name="context">The user's context, with <typeparamref name="T"/> mapped.</param>
    /// <param name="scope">The visible part of the organisation tree: its roots, resolved in the context's current <c>org_unit</c> rows when it maps them.</param>
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
        _currentUnits = CurrentScopeUnits.Of(context, scope);
        Expression units = _currentUnits is null
            ? Expression.Call(ParameterOfUnits, Expression.Property(Expression.Constant(new SnapshotUnits([.. scope.UnitIds])), nameof(SnapshotUnits.Ids)))
            : _currentUnits.Expression;
        var contains = _currentUnits is null
            ? Expression.Call(ContainsUnit, units, selector.Body)
            : Expression.Call(QueryableContainsUnit, units, selector.Body);
        _inScope = Expression.Lambda<Func<T, bool>>(contains, selector.Parameters);
        _unitOf = selector.Compile();
        _evaluator = evaluator ?? KitSpecificationEvaluator.Instance;
#pragma warning disable EF1001 // The guard provider derives from EF Core's own (see ScopeGuardQueryProvider).
        var provider = new ScopeGuardQueryProvider(
            context.GetService<Microsoft.EntityFrameworkCore.Query.Internal.IQueryCompiler>(), context, typeof(T), ct => _scoped!.CountAsync(ct));
        _scoped = provider.CreateQuery<T>(context.Set<T>().Where(_inScope).Expression);
#pragma warning restore EF1001
    }

    /// <summary>The scope every operation is restricted to.</summary>
    public DataScope Scope { get; }

    /// <summary>The rows of <typeparamref name="T"/> in the scope: the start of every query.</summary>
    /// <remarks>
    /// A subclass may build on it; an <c>ExecuteUpdate</c> or <c>ExecuteDelete</c> on it runs in a transaction (or a
    /// savepoint of the current one) and is rolled back with <see cref="DataScopeViolationException"/>
    /// (<c>DataScopeBulkMovedRows</c>) when it moved rows out of the scope.
    /// </remarks>
    protected IQueryable<T> Scoped => _scoped;

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
    /// <exception cref="DataScopeViolationException">The specification is refused, or its post-processing returned an element it did not load.</exception>
    public virtual async Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken)
    {
        var list = await Query(specification).ToListAsync(cancellationToken).ConfigureAwait(false);
        return PostProcess(specification, list, specification.PostProcessingAction);
    }

    /// <inheritdoc />
    /// <exception cref="DataScopeViolationException">The specification is refused, or its post-processing returned an element it did not load.</exception>
    public virtual async Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken)
    {
        var list = await Query(specification).ToListAsync(cancellationToken).ConfigureAwait(false);
        return PostProcess(specification, list, specification.PostProcessingAction);
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
    /// <exception cref="DataScopeViolationException">
    /// <c>DataScopeAddRefused</c>: the entity's unit is outside the scope, or its key is already taken (anywhere — the two
    /// are indistinguishable); <c>DataScopePendingChange</c>: the change tracker holds a change the repository may not save.
    /// Nothing is added.
    /// </exception>
    public virtual async Task<T> AddAsync(T entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await AddCoreAsync([entity], cancellationToken).ConfigureAwait(false);
        return entity;
    }

    /// <inheritdoc />
    /// <exception cref="DataScopeViolationException">As for <see cref="AddAsync"/>, for any of the entities; nothing is added.</exception>
    public virtual async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        await AddCoreAsync(list, cancellationToken).ConfigureAwait(false);
        return list;
    }

    /// <inheritdoc />
    /// <exception cref="DataScopeViolationException">The stored row or the new value lies outside the scope, or another pending change may not be saved; nothing is changed.</exception>
    public virtual async Task<int> UpdateAsync(T entity, CancellationToken cancellationToken) =>
        await UpdateRangeAsync([entity], cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    /// <exception cref="DataScopeViolationException">A stored row or a new value lies outside the scope, or another pending change may not be saved; nothing is changed.</exception>
    public virtual async Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        await RequireVisibleUnitsAsync(list, cancellationToken).ConfigureAwait(false);
        await RequireSavableAsync(cancellationToken).ConfigureAwait(false);
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
    /// <exception cref="DataScopeViolationException">The stored row lies outside the scope (or is missing), or another pending change may not be saved; nothing is deleted.</exception>
    public virtual async Task<int> DeleteAsync(T entity, CancellationToken cancellationToken) =>
        await DeleteRangeAsync([entity], cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    /// <exception cref="DataScopeViolationException">A stored row lies outside the scope (or is missing), or another pending change may not be saved; nothing is deleted.</exception>
    public virtual async Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        await RequireSavableAsync(cancellationToken).ConfigureAwait(false);
        var stored = await StoredInScopeAsync(entities.ToList(), cancellationToken).ConfigureAwait(false);
        _context.Set<T>().RemoveRange(stored);
        return await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Deletes the rows the specification's criteria select within the scope (pagination and ordering are ignored).</remarks>
    /// <exception cref="DataScopeViolationException">The specification is refused, or another pending change may not be saved; nothing is deleted.</exception>
    public virtual async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken)
    {
        var criteria = Criteria(specification);
        await RequireSavableAsync(cancellationToken).ConfigureAwait(false);
        var rows = await criteria.ToListAsync(cancellationToken).ConfigureAwait(false);
        _context.Set<T>().RemoveRange(rows);
        return await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Saves the shared context only when every pending change is a <typeparamref name="T"/> within the scope (stored row and new value).</remarks>
    /// <exception cref="DataScopeViolationException"><c>DataScopePendingChange</c>: a pending change is of another entity type or outside the scope; nothing is saved.</exception>
    public virtual async Task<int> SaveChangesAsync(CancellationToken cancellationToken)
    {
        await RequireSavableAsync(cancellationToken).ConfigureAwait(false);
        return await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The scoped query of a specification: scope, spec, scope again.</summary>
    /// <param name="specification">The specification.</param>
    /// <exception cref="DataScopeViolationException">The specification has includes, or reaches past the scoped set.</exception>
    protected IQueryable<T> Query(ISpecification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        RefuseIncludes(specification);
        SpecificationInspector.Inspect(_context, specification);
        return _evaluator.GetQuery(Scoped, specification).Where(_inScope);
    }

    /// <summary>The scoped query of a projecting specification: scope, spec, scope again, then the projection.</summary>
    /// <typeparam name="TResult">The projected type.</typeparam>
    /// <param name="specification">The specification.</param>
    /// <exception cref="DataScopeViolationException">The specification has includes, or reaches past the scoped set.</exception>
    protected IQueryable<TResult> Query<TResult>(ISpecification<T, TResult> specification) =>
        KitSpecificationEvaluator.Project(Query((ISpecification<T>)specification), specification);

    /// <summary>The scoped rows the specification's criteria select (for counts, Any and deletes).</summary>
    /// <param name="specification">The specification.</param>
    /// <exception cref="DataScopeViolationException">The specification reaches past the scoped set.</exception>
    protected IQueryable<T> Criteria(ISpecification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        SpecificationInspector.Inspect(_context, specification);
        return _evaluator.GetQuery(Scoped, specification, evaluateCriteriaOnly: true).Where(_inScope);
    }

    /// <summary>
    /// Refuses the save (<see cref="DataScopeViolationException"/>, <c>DataScopePendingChange</c>) unless every pending
    /// change in the shared change tracker is a <typeparamref name="T"/> (or a type it owns) whose new unit and stored
    /// row are within the scope. Every save of the repository runs it first; a subclass that saves itself should too.
    /// </summary>
    /// <param name="cancellationToken">Cancels the checks.</param>
    protected async Task RequireSavableAsync(CancellationToken cancellationToken)
    {
        _context.ChangeTracker.DetectChanges();
        var pending = _context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var entry in pending)
        {
            var owner = OwnerOf(entry);
            if (owner?.Entity is not T entity || owner.Metadata.ClrType != typeof(T))
            {
                throw PendingRefused(entry);
            }

            var units = new List<OrgUnitId>();
            if (owner.State != EntityState.Deleted)
            {
                units.Add(_unitOf(entity));
            }

            if (owner.State is EntityState.Modified or EntityState.Deleted || (owner.State == EntityState.Unchanged && entry != owner))
            {
                var keyValues = KeyValuesOf(owner);
                if (!await Scoped.AsNoTracking().Where(KeyEquals(keyValues)).AnyAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw PendingRefused(entry);
                }
            }

            if ((await InvisibleAsync(units, cancellationToken).ConfigureAwait(false)).Count > 0)
            {
                throw PendingRefused(entry);
            }
        }
    }

    private static DataScopeViolationException PendingRefused(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        var keyText = key is null
            ? string.Empty
            : string.Join(", ", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
        return new DataScopeViolationException(typeof(T), null, Catalog.Of(
            nameof(Messages.DataScopePendingChange), ("entity", entry.Metadata.ClrType.Name), ("key", keyText), ("type", typeof(T).Name)));
    }

    /// <summary>The entry itself, or for an owned entry the tracked entry of the aggregate that owns it (null when it is not tracked).</summary>
    private EntityEntry? OwnerOf(EntityEntry entry)
    {
        var current = entry;
        while (current.Metadata.FindOwnership() is { } ownership)
        {
            var foreignKey = ownership.Properties.Select(p => current.Property(p.Name).CurrentValue).ToArray();
            current = _context.ChangeTracker.Entries()
                .FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType
                    && ownership.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(foreignKey));
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private async Task AddCoreAsync(List<T> entities, CancellationToken cancellationToken)
    {
        await RequireSavableAsync(cancellationToken).ConfigureAwait(false);
        if ((await InvisibleAsync(entities.Select(_unitOf), cancellationToken).ConfigureAwait(false)).Count > 0
            || await AnyKeyTakenAsync(entities, cancellationToken).ConfigureAwait(false))
        {
            throw AddRefused();
        }

        _context.Set<T>().AddRange(entities);
        try
        {
            await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            foreach (var entity in entities)
            {
                _context.Entry(entity).State = EntityState.Detached;
            }

            // A key taken between the check and the save (a concurrent writer) gets the same answer, with no inner
            // exception: the database's own message would say where the key lives.
            if (await AnyKeyTakenAsync(entities, cancellationToken).ConfigureAwait(false))
            {
                throw AddRefused();
            }

            throw;
        }
    }

    /// <summary>One refusal for every add the repository will not do: the caller cannot tell an out-of-scope unit from a taken key.</summary>
    private static DataScopeViolationException AddRefused() =>
        new(typeof(T), null, Catalog.Of(nameof(Messages.DataScopeAddRefused), ("type", typeof(T).Name)));

    /// <summary>True when an entity's key is already stored (anywhere, whatever the scope or the query filters) or tracked.</summary>
    private async Task<bool> AnyKeyTakenAsync(List<T> entities, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            var entry = _context.Entry(entity);
            var keyValues = KeyValuesOf(entry);
            if (IsGeneratedOnAdd(entry, keyValues))
            {
                continue;   // a key the database generates cannot be taken
            }

            if (!seen.Add(string.Join("\u001f", keyValues.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))))
            {
                return true;
            }

            var tracked = _context.ChangeTracker.Entries<T>()
                .Any(e => !ReferenceEquals(e.Entity, entity) && KeyValuesOf(e).SequenceEqual(keyValues));
            if (tracked || await _context.Set<T>().IgnoreQueryFilters().AsNoTracking().Where(KeyEquals(keyValues)).AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a key part is null, or unset (its CLR default) and generated by the database on add.</summary>
    private static bool IsGeneratedOnAdd(EntityEntry entry, object?[] keyValues)
    {
        var properties = entry.Metadata.FindPrimaryKey()!.Properties;
        for (var i = 0; i < properties.Count; i++)
        {
            if (keyValues[i] is null)
            {
                return true;
            }

            var property = properties[i];
            if (property.ValueGenerated.HasFlag(Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd)
                && property.ClrType.IsValueType
                && keyValues[i]!.Equals(Activator.CreateInstance(property.ClrType)))
            {
                return true;
            }
        }

        return false;
    }

    private static object?[] KeyValuesOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()
            ?? throw new InvalidOperationException(Catalog.Of(nameof(Messages.EntityTypeWithoutKey), ("type", typeof(T).Name)).Render(null));
        return [.. key.Properties.Select(p => entry.Property(p.Name).CurrentValue)];
    }

    /// <summary>The units among <paramref name="units"/> that are not in the scope now (read from the current tree when the context maps it).</summary>
    private async Task<List<OrgUnitId>> InvisibleAsync(IEnumerable<OrgUnitId> units, CancellationToken cancellationToken)
    {
        var distinct = units.Distinct().ToList();
        if (_currentUnits is null)
        {
            return [.. distinct.Where(u => !Scope.Contains(u))];
        }

        var visible = new HashSet<OrgUnitId>();
        foreach (var chunk in distinct.Chunk(500))
        {
            var ids = chunk;
            visible.UnionWith(await _currentUnits.Where(u => ids.Contains(u)).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        return [.. distinct.Where(u => !visible.Contains(u))];
    }

    private async Task RequireVisibleUnitsAsync(List<T> entities, CancellationToken cancellationToken)
    {
        var invisible = await InvisibleAsync(entities.Select(_unitOf), cancellationToken).ConfigureAwait(false);
        if (invisible.Count > 0)
        {
            var unit = invisible[0];
            throw new DataScopeViolationException(typeof(T), unit, Catalog.Of(nameof(Messages.DataScopeUnitOutside), ("type", typeof(T).Name), ("unit", unit)));
        }
    }

    /// <summary>
    /// Runs a specification's in-memory post-processing and refuses (<c>DataScopePostProcessingRefused</c>) a result
    /// that is not one of the loaded elements: it is a delegate the repository cannot inspect, so only its output is checked.
    /// </summary>
    private static List<TItem> PostProcess<TItem>(ISpecification<T> specification, List<TItem> loaded, Func<IEnumerable<TItem>, IEnumerable<TItem>>? post)
    {
        if (post is null)
        {
            return loaded;
        }

        var allowed = new HashSet<TItem>(loaded.Where(x => x is not null), EqualityComparer<TItem>.Default);
        var hadNull = loaded.Exists(x => x is null);
        var result = post(loaded).ToList();
        if (result.Exists(x => x is null ? !hadNull : !allowed.Contains(x)))
        {
            throw new DataScopeViolationException(typeof(T), null, Catalog.Of(nameof(Messages.DataScopePostProcessingRefused), ("spec", SpecificationInspector.NameOf(specification.GetType()))));
        }

        return result;
    }

    /// <summary>For each entity: the stored row with its key must exist within the scope.</summary>
    private async Task<List<T>> StoredInScopeAsync(List<T> entities, CancellationToken cancellationToken)
    {
        var stored = new List<T>(entities.Count);
        foreach (var entity in entities)
        {
            var keyValues = KeyValuesOf(_context.Entry(entity));
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

    /// <summary>The unit ids of a scope built without the current tree, captured so they go as one collection parameter.</summary>
    private sealed class SnapshotUnits(OrgUnitId[] ids)
    {
        public OrgUnitId[] Ids { get; } = ids;
    }
}
