using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace AccountabilityKit.EntityFrameworkCore.Specifications;

/// <summary>
/// Runs Ardalis specifications on an EF Core <see cref="IQueryable{T}"/>, so they execute as SQL (the
/// <c>Ardalis.Specification.EntityFrameworkCore</c> package is not used). In order: the criteria (<c>Where</c>, then
/// <c>Search</c> as <c>EF.Functions.Like</c> — terms of one search group OR-ed, groups AND-ed), includes
/// (<c>Include</c>/<c>ThenInclude</c> from the spec's expressions, and include strings), ordering, pagination, then
/// the query flags (<c>TagWith</c> for every query tag, <c>IgnoreQueryFilters</c>, <c>IgnoreAutoIncludes</c>,
/// <c>AsSplitQuery</c>, <c>AsNoTracking</c>/<c>AsNoTrackingWithIdentityResolution</c>/<c>AsTracking</c>), and for a
/// <see cref="ISpecification{T, TResult}"/> the projection (<c>Select</c> or <c>SelectMany</c>).
/// </summary>
/// <remarks>
/// <para>
/// Search uses the database's <c>LIKE</c>, whose case sensitivity is the provider's: SQLite's <c>LIKE</c> ignores case
/// for ASCII letters only; PostgreSQL's <c>LIKE</c> is case-sensitive. Ardalis's in-memory evaluator ignores case, so
/// on PostgreSQL a search term must match the stored case (or search a lower-cased column).
/// </para>
/// <para>
/// A spec's <c>PostProcessingAction</c> runs in memory on the loaded list, so it is not part of the query;
/// <see cref="Repositories.ScopedRepository{T}"/> applies it after loading, as Ardalis's repositories do.
/// </para>
/// </remarks>
public sealed class KitSpecificationEvaluator : ISpecificationEvaluator
{
    private static readonly MethodInfo LikeMethod = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like),
        [typeof(DbFunctions), typeof(string), typeof(string)])!;

    private static readonly PropertyInfo FunctionsProperty = typeof(EF).GetProperty(nameof(EF.Functions))!;

    private static readonly MethodInfo IncludeMethod = typeof(EntityFrameworkQueryableExtensions)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.Include)
            && m.GetGenericArguments().Length == 2
            && m.GetParameters()[1].ParameterType.IsGenericType);

    private static readonly MethodInfo ThenIncludeAfterCollectionMethod = ThenInclude(afterCollection: true);

    private static readonly MethodInfo ThenIncludeAfterReferenceMethod = ThenInclude(afterCollection: false);

    /// <summary>The shared instance (the evaluator holds no state).</summary>
    public static KitSpecificationEvaluator Instance { get; } = new();

    /// <summary>
    /// Applies <paramref name="specification"/> to <paramref name="inputQuery"/>: criteria, includes, ordering,
    /// pagination and flags — or only the criteria (<c>Where</c> and <c>Search</c>) when
    /// <paramref name="evaluateCriteriaOnly"/> (for counts and <c>Any</c>).
    /// </summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="inputQuery">The query to extend, e.g. <c>context.Set&lt;T&gt;()</c>.</param>
    /// <param name="specification">The specification.</param>
    /// <param name="evaluateCriteriaOnly">Apply only the filtering parts.</param>
    public IQueryable<T> GetQuery<T>(IQueryable<T> inputQuery, ISpecification<T> specification, bool evaluateCriteriaOnly = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(inputQuery);
        ArgumentNullException.ThrowIfNull(specification);

        var query = WhereEvaluator.Instance.GetQuery(inputQuery, specification);
        query = ApplySearch(query, specification);
        if (evaluateCriteriaOnly)
        {
            return query;
        }

        query = ApplyIncludes(query, specification);
        query = OrderEvaluator.Instance.GetQuery(query, specification);
        query = PaginationEvaluator.Instance.GetQuery(query, specification);
        return ApplyFlags(query, specification);
    }

    /// <summary>Applies <paramref name="specification"/> and then its projection (<c>Selector</c> or <c>SelectorMany</c>).</summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <typeparam name="TResult">The projected type.</typeparam>
    /// <param name="inputQuery">The query to extend.</param>
    /// <param name="specification">The specification with exactly one selector.</param>
    /// <exception cref="SelectorNotFoundException">The spec has no selector.</exception>
    /// <exception cref="ConcurrentSelectorsException">The spec has both <c>Selector</c> and <c>SelectorMany</c>.</exception>
    public IQueryable<TResult> GetQuery<T, TResult>(IQueryable<T> inputQuery, ISpecification<T, TResult> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(inputQuery);
        ArgumentNullException.ThrowIfNull(specification);
        return Project(GetQuery(inputQuery, (ISpecification<T>)specification), specification);
    }

    /// <summary>
    /// Applies only the projection of <paramref name="specification"/> to an already filtered query (used by callers
    /// that must restrict the rows between the spec and its projection, like <see cref="Repositories.ScopedRepository{T}"/>).
    /// </summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <typeparam name="TResult">The projected type.</typeparam>
    /// <param name="query">The filtered query.</param>
    /// <param name="specification">The specification with exactly one selector.</param>
    /// <exception cref="SelectorNotFoundException">The spec has no selector.</exception>
    /// <exception cref="ConcurrentSelectorsException">The spec has both <c>Selector</c> and <c>SelectorMany</c>.</exception>
    public static IQueryable<TResult> Project<T, TResult>(IQueryable<T> query, ISpecification<T, TResult> specification)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(specification);
        return (specification.Selector, specification.SelectorMany) switch
        {
            (null, null) => throw new SelectorNotFoundException(),
            ({ }, { }) => throw new ConcurrentSelectorsException(),
            ({ } selector, null) => query.Select(selector),
            (null, { } many) => query.SelectMany(many),
        };
    }

    private static IQueryable<T> ApplySearch<T>(IQueryable<T> query, ISpecification<T> specification)
    {
        // Terms in one search group are alternatives (OR); groups must all match (AND), as in Ardalis's evaluators.
        foreach (var group in specification.SearchCriterias.GroupBy(c => c.SearchGroup))
        {
            var parameter = Expression.Parameter(typeof(T), "x");
            Expression? any = null;
            foreach (var criterion in group)
            {
                var selected = ParameterReplacer.Replace(criterion.Selector.Body, criterion.Selector.Parameters[0], parameter);

                // The term is captured as a member of a closure object so EF Core sends it as a parameter.
                var term = Expression.Property(Expression.Constant(new SearchTerm(criterion.SearchTerm)), nameof(SearchTerm.Value));
                Expression like = Expression.Call(LikeMethod, Expression.Property(null, FunctionsProperty), selected, term);
                any = any is null ? like : Expression.OrElse(any, like);
            }

            if (any is not null)
            {
                query = query.Where(Expression.Lambda<Func<T, bool>>(any, parameter));
            }
        }

        return query;
    }

    private static IQueryable<T> ApplyIncludes<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        foreach (var path in specification.IncludeStrings)
        {
            query = query.Include(path);
        }

        object current = query;
        foreach (var include in specification.IncludeExpressions)
        {
            var lambda = include.LambdaExpression;
            if (include.Type == IncludeTypeEnum.Include)
            {
                current = IncludeMethod.MakeGenericMethod(typeof(T), lambda.ReturnType).Invoke(null, [current, lambda])!;
                continue;
            }

            var previous = include.PreviousPropertyType
                ?? throw new InvalidOperationException(Catalog.Of(nameof(Messages.ThenIncludeWithoutPrevious)).Render(null));
            var element = CollectionElementType(previous);
            var method = element is null
                ? ThenIncludeAfterReferenceMethod.MakeGenericMethod(typeof(T), previous, lambda.ReturnType)
                : ThenIncludeAfterCollectionMethod.MakeGenericMethod(typeof(T), element, lambda.ReturnType);
            current = method.Invoke(null, [current, lambda])!;
        }

        return (IQueryable<T>)current;
    }

    private static IQueryable<T> ApplyFlags<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        foreach (var tag in specification.QueryTags)
        {
            query = query.TagWith(tag);
        }

        if (specification.IgnoreQueryFilters)
        {
            query = query.IgnoreQueryFilters();
        }

        if (specification.IgnoreAutoIncludes)
        {
            query = query.IgnoreAutoIncludes();
        }

        if (specification.AsSplitQuery)
        {
            query = query.AsSplitQuery();
        }

        if (specification.AsNoTracking)
        {
            query = query.AsNoTracking();
        }
        else if (specification.AsNoTrackingWithIdentityResolution)
        {
            query = query.AsNoTrackingWithIdentityResolution();
        }
        else if (specification.AsTracking)
        {
            query = query.AsTracking();
        }

        return query;
    }

    private static MethodInfo ThenInclude(bool afterCollection) =>
        typeof(EntityFrameworkQueryableExtensions)
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == nameof(EntityFrameworkQueryableExtensions.ThenInclude)
                && m.GetParameters()[0].ParameterType.GetGenericArguments()[1] is var previous
                && (previous.IsGenericType && previous.GetGenericTypeDefinition() == typeof(IEnumerable<>)) == afterCollection);

    /// <summary>
    /// The element type when <paramref name="type"/> is exactly <c>IEnumerable&lt;TElement&gt;</c>, else null. Ardalis's
    /// collection overloads of <c>ThenInclude</c> record the previous type as <c>IEnumerable&lt;TPrevious&gt;</c>; its
    /// reference overloads record the navigation's own type, which may itself be a collection type
    /// (<c>List&lt;T&gt;</c>, <c>IReadOnlyCollection&lt;T&gt;</c>, …) whose lambda then takes the collection — as in
    /// Ardalis's own EF Core evaluator, only the exact interface means "after a collection".
    /// </summary>
    private static Type? CollectionElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type.GetGenericArguments()[0] : null;

    /// <summary>Holds a search term so it is parameterised, never inlined into the SQL text.</summary>
    private sealed class SearchTerm(string value)
    {
        public string Value { get; } = value;
    }

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        public static Expression Replace(Expression body, ParameterExpression from, Expression to) =>
            new ParameterReplacer(from, to).Visit(body);

        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
