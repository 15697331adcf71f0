using System.Collections.Immutable;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;

namespace AccountabilityKit.Statistics.Queryable;

/// <summary>
/// Runs a <see cref="StatRequest"/> as LINQ <c>GroupBy</c> queries over an <see cref="IQueryable{T}"/> of
/// <see cref="AccountabilityFact"/>, which a query provider (EF Core on SQLite or PostgreSQL) turns into SQL
/// <c>GROUP BY</c>: one query per <see cref="StatGroupingSet"/> (finest level, each rollup level, grand total),
/// because distinct counts cannot be summed from finer groups. The result is the same <see cref="StatTable"/> the
/// other engines produce.
/// </summary>
/// <remarks>
/// <para>The expressions hold only member accesses, constants, captured arrays and standard query operators — no call
/// to a method of this library — so a SQL provider can translate all of them:</para>
/// <list type="bullet">
/// <item>period: <c>f.Quarter &gt;= from &amp;&amp; f.Quarter &lt;= to</c> on <see cref="AssessmentQuarter"/> itself, so the
/// provider must map quarters with an order-preserving conversion (e.g. to <see cref="AssessmentQuarter.Ordinal"/>);</item>
/// <item>scope: <see cref="DataScope.Predicate{T}(Expression{Func{T, OrgUnitId}})"/> (an <c>IN</c> over the visible units);</item>
/// <item>dimension filters: <c>values.Contains(f.Field)</c> over an array of typed values parsed from the canonical texts
/// (a text that names no value matches nothing; <see langword="null"/> matches an absent value);</item>
/// <item>key: a member initialisation of an internal key type, only the grouped dimensions set; the grand total groups by a constant;</item>
/// <item>aggregates: <c>g.LongCount()</c>, <c>g.Sum(f =&gt; (long)f.X)</c>, <c>g.Min(…)</c>, <c>g.Max(…)</c> and
/// <c>g.Where(f =&gt; f.X != null).Select(f =&gt; f.X).Distinct().LongCount()</c> (a distinct count ignores absent values, like SQL).</item>
/// </list>
/// <para>Shares and ratios are computed from the base aggregates afterwards, exactly as the other engines do.
/// <see cref="Execute(IQueryable{AccountabilityFact}, StatRequest)"/> runs the queries synchronously (in-memory <c>AsQueryable()</c>, tests); against a database use
/// the EntityFrameworkCore package's <c>ExecuteStatRequestAsync</c>, which builds the same queries (with the year read
/// from its stored column) and runs them asynchronously.</para>
/// </remarks>
/// <example><code>
/// StatTable table = QueryableStatExecutor.Execute(facts.AsQueryable(), request);   // same table as LinqStatExecutor.Execute(facts, request)
/// </code></example>
public static class QueryableStatExecutor
{
    private static readonly ParameterExpression Fact = Expression.Parameter(typeof(AccountabilityFact), "f");

    /// <summary>Runs every grouping set's query synchronously and assembles the table (for in-memory queryables and tests).</summary>
    /// <param name="source">The facts.</param>
    /// <param name="request">The request.</param>
    /// <returns>The table, equal to <c>LinqStatExecutor.Execute(facts, request)</c> on the same rows.</returns>
    /// <exception cref="AccountabilityKit.Validation.ValidationFailedException">The request is invalid (see <see cref="StatRequest.Validate"/>).</exception>
    public static StatTable Execute(IQueryable<AccountabilityFact> source, StatRequest request) => Execute(source, request, QueryableFactMap.Default);

    /// <summary>Runs every grouping set's query synchronously, reading computed fields through <paramref name="map"/>.</summary>
    /// <param name="source">The facts.</param>
    /// <param name="request">The request.</param>
    /// <param name="map">How to read computed fields.</param>
    internal static StatTable Execute(IQueryable<AccountabilityFact> source, StatRequest request, QueryableFactMap map)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        request.Validate().ThrowIfInvalid();
        if (source is EnumerableQuery<AccountabilityFact> && source.Expression is ConstantExpression)
        {
            // LINQ to objects cannot run a GroupBy rooted at a struct collection: AsQueryable() over the ImmutableArray
            // that ProjectAll returns fails with "Expression of type ImmutableArray cannot be used for parameter of type
            // IEnumerable". The rows are in memory anyway: root the query at an array of them.
            source = source.ToArray().AsQueryable();
        }

        return ToTable(request, [.. request.GroupingSets().Select(set => new StatGroupingResult(set, [.. BuildQuery(source, request, set, map)]))]);
    }

    /// <summary>Builds the GROUP BY query of one grouping set of <paramref name="request"/> (see <see cref="StatRequest.GroupingSets"/>).</summary>
    /// <param name="source">The facts.</param>
    /// <param name="request">The request.</param>
    /// <param name="set">One of <c>request.GroupingSets()</c>.</param>
    /// <param name="map">How to read computed fields; <see cref="QueryableFactMap.Default"/> if omitted.</param>
    /// <exception cref="AccountabilityKit.Validation.ValidationFailedException">The request is invalid.</exception>
    /// <exception cref="ArgumentException"><paramref name="set"/> is not a grouping set of <paramref name="request"/>.</exception>
    internal static IQueryable<StatGroup> BuildQuery(IQueryable<AccountabilityFact> source, StatRequest request, StatGroupingSet set, QueryableFactMap? map = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(set);
        request.Validate().ThrowIfInvalid();
        if (!request.GroupingSets().Any(s => s.Level == set.Level && s.Dimensions.SequenceEqual(set.Dimensions)))
        {
            throw new ArgumentException($"The grouping set of level {set.Level} is not one of the request's grouping sets.", nameof(set));
        }

        map ??= QueryableFactMap.Default;
        var filtered = source.Where(Filter(request, map));
        var bases = request.BaseMeasures();
        return set.IsGrandTotal
            ? Grouped(filtered, Expression.Constant(1), [], bases, map)
            : Grouped(filtered, KeyInit(set.Dimensions, map), set.Dimensions, bases, map);
    }

    /// <summary>Assembles the table from the materialised rows of every grouping set's query.</summary>
    /// <param name="request">The request the queries were built for.</param>
    /// <param name="results">The rows per grouping set (a missing grand total counts as one over no rows).</param>
    /// <exception cref="AccountabilityKit.Validation.ValidationFailedException">The request is invalid.</exception>
    internal static StatTable ToTable(StatRequest request, IEnumerable<StatGroupingResult> results)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(results);
        request.Validate().ThrowIfInvalid();
        var bases = request.BaseMeasures();
        var groups = new List<StatTableAssembler.Group>();
        foreach (var result in results)
        {
            ArgumentNullException.ThrowIfNull(result);
            foreach (var group in result.Groups)
            {
                groups.Add(new(
                    result.Set.Level,
                    [.. result.Set.Dimensions.Select(group.TextOf)],
                    [.. Enumerable.Range(0, bases.Length).Select(group.ValueAt)]));
            }
        }

        return StatTableAssembler.Assemble(request, groups);
    }

    private static IQueryable<StatGroup> Grouped(
        IQueryable<AccountabilityFact> filtered, Expression key, ImmutableArray<FactField> dimensions, ImmutableArray<StatMeasure> bases, QueryableFactMap map)
    {
        var keyType = key.Type;
        var groupBy = Expression.Call(typeof(System.Linq.Queryable), nameof(System.Linq.Queryable.GroupBy), [typeof(AccountabilityFact), keyType],
            filtered.Expression, Expression.Quote(Expression.Lambda(key, Fact)));

        var groupingType = typeof(IGrouping<,>).MakeGenericType(keyType, typeof(AccountabilityFact));
        var g = Expression.Parameter(groupingType, "g");
        var bindings = new List<MemberBinding>();
        foreach (var d in dimensions)
        {
            var property = typeof(StatGroupKey).GetProperty(d.ToString())!;
            bindings.Add(Expression.Bind(
                typeof(StatGroup).GetProperty(d.ToString())!,
                Expression.Property(Expression.Property(g, nameof(IGrouping<int, int>.Key)), property)));
        }

        for (var i = 0; i < bases.Length; i++)
        {
            bindings.Add(Expression.Bind(typeof(StatGroup).GetProperty($"Value{i}")!, Expression.Convert(Aggregate(g, bases[i], map), typeof(long?))));
        }

        var select = Expression.Call(typeof(System.Linq.Queryable), nameof(System.Linq.Queryable.Select), [groupingType, typeof(StatGroup)],
            groupBy, Expression.Quote(Expression.Lambda(Expression.MemberInit(Expression.New(typeof(StatGroup)), bindings), g)));
        return filtered.Provider.CreateQuery<StatGroup>(select);
    }

    private static MethodCallExpression Aggregate(ParameterExpression g, StatMeasure measure, QueryableFactMap map)
    {
        var e = typeof(Enumerable);
        switch (measure.Kind)
        {
            case AggregateKind.Count:
                return Expression.Call(e, nameof(Enumerable.LongCount), [typeof(AccountabilityFact)], g);
            case AggregateKind.Sum or AggregateKind.Min or AggregateKind.Max:
            {
                var selector = Expression.Lambda(Expression.Convert(Member(measure.Field!.Value, map), typeof(long)), Fact);
                var name = measure.Kind switch { AggregateKind.Sum => nameof(Enumerable.Sum), AggregateKind.Min => nameof(Enumerable.Min), _ => nameof(Enumerable.Max) };
                return Expression.Call(e, name, [typeof(AccountabilityFact)], g, selector);
            }

            case AggregateKind.DistinctCount:
            {
                var member = Member(measure.Field!.Value, map);
                Expression values = g;
                if (!member.Type.IsValueType || Nullable.GetUnderlyingType(member.Type) is not null)
                {
                    values = Expression.Call(e, nameof(Enumerable.Where), [typeof(AccountabilityFact)], values,
                        Expression.Lambda(Expression.NotEqual(member, Expression.Constant(null, member.Type)), Fact));
                }

                values = Expression.Call(e, nameof(Enumerable.Select), [typeof(AccountabilityFact), member.Type], values, Expression.Lambda(member, Fact));
                values = Expression.Call(e, nameof(Enumerable.Distinct), [member.Type], values);
                return Expression.Call(e, nameof(Enumerable.LongCount), [member.Type], values);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(measure), measure.Kind, "Not a base aggregate.");
        }
    }

    private static MemberInitExpression KeyInit(ImmutableArray<FactField> dimensions, QueryableFactMap map) =>
        Expression.MemberInit(
            Expression.New(typeof(StatGroupKey)),
            dimensions.Select(d =>
            {
                var property = typeof(StatGroupKey).GetProperty(d.ToString())!;
                var member = Member(d, map);
                return (MemberBinding)Expression.Bind(property, member.Type == property.PropertyType ? member : Expression.Convert(member, property.PropertyType));
            }));

    private static Expression<Func<AccountabilityFact, bool>> Filter(StatRequest request, QueryableFactMap map)
    {
        Expression body = Expression.Constant(true);
        var quarter = Expression.Property(Fact, nameof(AccountabilityFact.Quarter));
        if (request.From is { } from)
        {
            body = Expression.AndAlso(body, Expression.GreaterThanOrEqual(quarter, Expression.Constant(from)));
        }

        if (request.To is { } to)
        {
            body = Expression.AndAlso(body, Expression.LessThanOrEqual(quarter, Expression.Constant(to)));
        }

        if (request.Scope is { } scope)
        {
            var predicate = scope.Predicate<AccountabilityFact>(f => f.Unit);
            body = Expression.AndAlso(body, new Rebind(predicate.Parameters[0], Fact).Visit(predicate.Body));
        }

        foreach (var filter in request.Filters)
        {
            var member = Member(filter.Field, map);
            var values = TypedValues(filter.Values, member.Type);
            body = Expression.AndAlso(body, Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], Expression.Constant(values), member));
        }

        return Expression.Lambda<Func<AccountabilityFact, bool>>(body, Fact);
    }

    /// <summary>The fact member a dimension reads, typed as stored (nullable where a value may be absent).</summary>
    private static Expression Member(FactField field, QueryableFactMap map) => field == FactField.Year
        ? new Rebind(map.Year.Parameters[0], Fact).Visit(map.Year.Body)
        : Expression.Property(Fact, FactFieldDescriptor.Of(field).Property);

    /// <summary>An array of <paramref name="type"/> holding the values whose canonical text is one of <paramref name="texts"/>.</summary>
    private static Array TypedValues(ImmutableArray<string?> texts, Type type)
    {
        var parsed = new List<object?>();
        foreach (var text in texts.Distinct())
        {
            if (text is null)
            {
                if (!type.IsValueType || Nullable.GetUnderlyingType(type) is not null)
                {
                    parsed.Add(null);
                }
            }
            else if (Parse(text, Nullable.GetUnderlyingType(type) ?? type) is { } value)
            {
                parsed.Add(value);
            }
        }

        var array = Array.CreateInstance(type, parsed.Count);
        for (var i = 0; i < parsed.Count; i++)
        {
            array.SetValue(parsed[i], i);
        }

        return array;
    }

    /// <summary>The value of <paramref name="type"/> whose canonical text is <paramref name="text"/>, or <see langword="null"/> if none is.</summary>
    private static object? Parse(string text, Type type)
    {
        if (type == typeof(string))
        {
            return text;
        }

        if (type.IsEnum)
        {
            return Enum.GetNames(type).Contains(text, StringComparer.Ordinal) ? Enum.Parse(type, text) : null;
        }

        if (type == typeof(int))
        {
            return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                && n.ToString(CultureInfo.InvariantCulture) == text ? n : null;
        }

        if (type == typeof(bool))
        {
            return text switch { "true" => true, "false" => false, _ => null };
        }

        if (type == typeof(AssessmentQuarter))
        {
            return AssessmentQuarter.TryParse(text, out var q) && q.ToString() == text ? q : null;
        }

        try
        {
            // Ids validate their text; a text no id can have matches no stored fact.
            if (type == typeof(OrgUnitId))
            {
                return new OrgUnitId(text);
            }

            if (type == typeof(PersonId))
            {
                return new PersonId(text);
            }
        }
        catch (AccountabilityKit.Validation.ValidationFailedException)
        {
            return null;
        }

        throw new NotSupportedException($"No canonical text parser for {type}.");
    }

    /// <summary>Replaces one lambda parameter with another, to splice a predicate or map into the built lambda.</summary>
    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
