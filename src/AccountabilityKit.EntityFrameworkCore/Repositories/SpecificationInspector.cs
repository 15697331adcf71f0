using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AccountabilityKit.EntityFrameworkCore.Repositories;

/// <summary>
/// Reads a specification before a <see cref="ScopedRepository{T}"/> runs it and refuses every expression the scope
/// cannot restrict: a captured <see cref="DbContext"/>, <c>DbSet</c> or <see cref="IQueryable"/> (by static type and by
/// the value EF Core would evaluate), any other query root (<c>FromSql*</c>, <c>Set&lt;T&gt;()</c> — EF Core's
/// extension nodes), a navigation to another entity type, and <c>IgnoreQueryFilters</c> (the host's own filters are
/// trusted configuration a specification may not lift). Includes are refused by the repository before this runs.
/// </summary>
internal sealed class SpecificationInspector : ExpressionVisitor
{
    private static readonly ConcurrentDictionary<IModel, HashSet<MemberInfo>> NavigationsByModel = new();

    private readonly HashSet<MemberInfo> _navigations;
    private string? _refused;

    private SpecificationInspector(HashSet<MemberInfo> navigations) => _navigations = navigations;

    /// <summary>Throws <see cref="DataScopeViolationException"/> (<c>DataScopeSpecificationRefused</c>) for the first part the scope cannot restrict.</summary>
    public static void Inspect<T>(DbContext context, ISpecification<T> specification)
    {
        var navigations = NavigationsByModel.GetOrAdd(context.Model, NavigationsOf);
        if (specification.IgnoreQueryFilters)
        {
            Refuse<T>(specification, nameof(ISpecification<T>.IgnoreQueryFilters));
        }

        var lambdas = new List<LambdaExpression>();
        lambdas.AddRange(specification.WhereExpressions.Select(w => w.Filter));
        lambdas.AddRange(specification.SearchCriterias.Select(s => s.Selector));
        lambdas.AddRange(specification.OrderExpressions.Select(o => o.KeySelector));
        lambdas.AddRange(specification.IncludeExpressions.Select(i => i.LambdaExpression));
        var selectors = SelectorsOf(specification);
        lambdas.AddRange(selectors);
        foreach (var lambda in lambdas)
        {
            var inspector = new SpecificationInspector(navigations);
            inspector.Visit(lambda);
            if (inspector._refused is { } part)
            {
                Refuse<T>(specification, part);
            }
        }
    }

    private static void Refuse<T>(ISpecification<T> specification, string part) =>
        throw new DataScopeViolationException(typeof(T), null, Catalog.Of(
            nameof(Messages.DataScopeSpecificationRefused),
            ("spec", NameOf(specification.GetType())),
            ("type", typeof(T).Name),
            ("part", part)));

    /// <summary>A type's name without its generic arity (<c>Specification`1</c> → <c>Specification</c>), for messages.</summary>
    internal static string NameOf(Type type) => type.Name.Split('`')[0];

    /// <summary>The <c>Selector</c>/<c>SelectorMany</c> of an <see cref="ISpecification{T, TResult}"/>, found through its interface.</summary>
    private static IEnumerable<LambdaExpression> SelectorsOf<T>(ISpecification<T> specification)
    {
        foreach (var face in specification.GetType().GetInterfaces())
        {
            if (face.IsGenericType && face.GetGenericTypeDefinition() == typeof(ISpecification<,>) && face.GetGenericArguments()[0] == typeof(T))
            {
                foreach (var name in (string[])["Selector", "SelectorMany"])
                {
                    if (face.GetProperty(name)?.GetValue(specification) is LambdaExpression lambda)
                    {
                        yield return lambda;
                    }
                }
            }
        }
    }

    /// <summary>Every CLR member that is a navigation to a non-owned entity type (owned types are part of their owner's row).</summary>
    private static HashSet<MemberInfo> NavigationsOf(IModel model)
    {
        var members = new HashSet<MemberInfo>();
        foreach (var entityType in model.GetEntityTypes())
        {
            IEnumerable<INavigationBase> navigations = entityType.GetDeclaredNavigations()
                .Where(n => !n.ForeignKey.IsOwnership)
                .Cast<INavigationBase>()
                .Concat(entityType.GetDeclaredSkipNavigations());
            foreach (var navigation in navigations)
            {
                if (navigation.PropertyInfo is { } property)
                {
                    members.Add(property);
                }

                if (navigation.FieldInfo is { } field)
                {
                    members.Add(field);
                }
            }
        }

        return members;
    }

    /// <inheritdoc />
    public override Expression? Visit(Expression? node)
    {
        if (_refused is not null || node is null)
        {
            return node;
        }

        if (node.NodeType == ExpressionType.Extension)
        {
            // EF Core's query roots (EntityQueryRootExpression, FromSqlQueryRootExpression, …) are extension nodes.
            _refused = node.GetType().Name;
            return node;
        }

        if (IsDataSource(node.Type))
        {
            _refused = Describe(node);
            return node;
        }

        return base.Visit(node);
    }

    /// <inheritdoc />
    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is { } value && IsDataSourceValue(value))
        {
            _refused = value.GetType().Name;
        }

        return node;
    }

    /// <inheritdoc />
    protected override Expression VisitMember(MemberExpression node)
    {
        if (_navigations.Contains(node.Member))
        {
            _refused = $"{node.Member.DeclaringType?.Name}.{node.Member.Name}";
            return node;
        }

        // A closure's field or property (a member chain ending at a constant) is evaluated by EF Core before the query
        // is compiled, and a captured IQueryable is then inlined whatever its static type: look at the value too.
        if (TryEvaluateClosure(node, out var value) && value is not null && IsDataSourceValue(value))
        {
            _refused = $"{node.Member.Name}: {value.GetType().Name}";
            return node;
        }

        return base.VisitMember(node);
    }

    /// <inheritdoc />
    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var declaring = node.Method.DeclaringType;
        if (declaring is not null
            && (typeof(DbContext).IsAssignableFrom(declaring)
                || declaring == typeof(Queryable)
                || declaring == typeof(EntityFrameworkQueryableExtensions)
                || declaring == typeof(RelationalQueryableExtensions)
                || declaring == typeof(RelationalDatabaseFacadeExtensions)
                || (declaring.IsGenericType && declaring.GetGenericTypeDefinition() == typeof(DbSet<>))))
        {
            _refused = $"{declaring.Name}.{node.Method.Name}";
            return node;
        }

        return base.VisitMethodCall(node);
    }

    private static bool IsDataSource(Type type) =>
        typeof(IQueryable).IsAssignableFrom(type)
        || typeof(DbContext).IsAssignableFrom(type)
        || typeof(DatabaseFacade).IsAssignableFrom(type)
        || typeof(IInfrastructure<IServiceProvider>).IsAssignableFrom(type);

    private static bool IsDataSourceValue(object value) =>
        value is IQueryable or DbContext or DatabaseFacade or IInfrastructure<IServiceProvider>;

    private static string Describe(Expression node) => node switch
    {
        MemberExpression member => $"{member.Member.Name}: {node.Type.Name}",
        MethodCallExpression call => $"{call.Method.DeclaringType?.Name}.{call.Method.Name}",
        _ => node.Type.Name,
    };

    /// <summary>The value of a member chain rooted at a constant (or a static member), as EF Core's funcletizer would compute it.</summary>
    private static bool TryEvaluateClosure(MemberExpression node, out object? value)
    {
        value = null;
        object? target = null;
        if (node.Expression is ConstantExpression constant)
        {
            target = constant.Value;
        }
        else if (node.Expression is MemberExpression inner)
        {
            if (!TryEvaluateClosure(inner, out target))
            {
                return false;
            }
        }
        else if (node.Expression is not null)
        {
            return false;
        }

        try
        {
            switch (node.Member)
            {
                case FieldInfo field when field.IsStatic || target is not null:
                    value = field.GetValue(target);
                    return true;
                case PropertyInfo { GetMethod: { } getter } property when getter.IsStatic || target is not null:
                    value = property.GetValue(target);
                    return true;
                default:
                    return false;
            }
        }
#pragma warning disable CA1031 // A getter that throws is EF Core's to report when it evaluates the closure; it is no data source.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }
}
