using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using AccountabilityKit.Localization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Organization;

/// <summary>
/// The part of an <see cref="OrgTree"/> a caller may see: one or more subtrees. A county's user sees the county and
/// its townships; the city's discipline commission sees everything. Every query the library offers can be
/// restricted to a scope — in memory with <see cref="Contains"/>, in a database with <see cref="Predicate{T}(Expression{Func{T, OrgUnitId}})"/>.
/// </summary>
/// <example><code>
/// var scope = DataScope.Subtree(tree, countyId);
/// var visible = db.Findings.Where(scope.Predicate&lt;Finding&gt;(f =&gt; f.Unit));   // translates to SQL IN (…)
/// </code></example>
public sealed class DataScope
{
    private static readonly MethodInfo ContainsId = GetContains<OrgUnitId>();
    private static readonly MethodInfo ContainsText = GetContains<string>();

    private readonly ScopeValues _values;

    private DataScope(OrgTree tree, ImmutableArray<OrgUnitId> roots)
    {
        Tree = tree;
        Roots = roots;
        var units = roots.SelectMany(tree.SubtreeOf).Select(static u => u.Id).ToArray();
        _values = new ScopeValues(units, units.Select(static u => u.Value).ToArray());
        UnitIds = Array.AsReadOnly(units);
    }

    /// <summary>The tree the scope belongs to.</summary>
    public OrgTree Tree { get; }

    /// <summary>The roots of the visible subtrees; none lies within another.</summary>
    public ImmutableArray<OrgUnitId> Roots { get; }

    /// <summary>Every visible unit id, each subtree in pre-order.</summary>
    public IReadOnlyList<OrgUnitId> UnitIds { get; }

    /// <summary>The whole tree.</summary>
    /// <param name="tree">The tree.</param>
    public static DataScope Everything(OrgTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return new DataScope(tree, [tree.Root.Id]);
    }

    /// <summary>One unit and everything below it.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="root">The root of the visible subtree.</param>
    /// <exception cref="ValidationFailedException">The unit is not in the tree (<c>AK015</c>).</exception>
    public static DataScope Subtree(OrgTree tree, OrgUnitId root) => Subtrees(tree, [root]);

    /// <summary>Several subtrees (e.g. a user in charge of two counties). Roots that lie within another root are merged into it.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="roots">The roots of the visible subtrees; at least one.</param>
    /// <exception cref="ValidationFailedException">A root is not in the tree, or none is given (<c>AK015</c>).</exception>
    public static DataScope Subtrees(OrgTree tree, IEnumerable<OrgUnitId> roots)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(roots);
        // Paths index the roots as given (before removing repeats), so roots[i] names the offending entry.
        var listed = roots.ToList();
        var issues = new List<ValidationIssue>();
        if (listed.Count == 0)
        {
            issues.Add(ValidationIssue.Error(VocabularyIssueCodes.UnknownScopeUnit, nameof(roots), Catalog.Of(nameof(Messages.ScopeNeedsRoot))));
        }

        for (var i = 0; i < listed.Count; i++)
        {
            if (!tree.Contains(listed[i]))
            {
                issues.Add(ValidationIssue.Error(VocabularyIssueCodes.UnknownScopeUnit, JsonPaths.Index(nameof(roots), i), Catalog.Of(nameof(Messages.ScopeUnitUnknown), ("unit", listed[i]))));
            }
        }

        ValidationReport.From(issues).ThrowIfInvalid();
        var given = listed.Distinct().ToList();
        var kept = given
            .Where(r => !given.Any(other => other != r && tree.IsWithin(r, other)))
            .OrderBy(tree.PositionOf)
            .ToImmutableArray();
        return new DataScope(tree, kept);
    }

    /// <summary>True when the unit is visible. O(number of roots); units outside the tree are not visible.</summary>
    /// <param name="unit">A unit id.</param>
    public bool Contains(OrgUnitId unit) => Tree.Contains(unit) && Roots.Any(r => Tree.IsWithin(unit, r));

    /// <summary>
    /// A predicate <c>x =&gt; visibleIds.Contains(selector(x))</c> for LINQ: compiles for in-memory use and translates
    /// to SQL <c>IN</c> in EF Core (the id list is a captured value, so it is sent as a parameter).
    /// </summary>
    /// <typeparam name="T">The element type of the query.</typeparam>
    /// <param name="unitSelector">Picks the unit id of an element, e.g. <c>f =&gt; f.Unit</c>.</param>
    public Expression<Func<T, bool>> Predicate<T>(Expression<Func<T, OrgUnitId>> unitSelector)
    {
        ArgumentNullException.ThrowIfNull(unitSelector);
        var ids = Expression.Property(Expression.Constant(_values), IdsProperty);
        return Expression.Lambda<Func<T, bool>>(Expression.Call(ContainsId, ids, unitSelector.Body), unitSelector.Parameters);
    }

    /// <summary>As <see cref="Predicate{T}(Expression{Func{T, OrgUnitId}})"/>, for elements that keep the unit id as plain text.</summary>
    /// <typeparam name="T">The element type of the query.</typeparam>
    /// <param name="unitIdSelector">Picks the unit id text of an element.</param>
    public Expression<Func<T, bool>> Predicate<T>(Expression<Func<T, string>> unitIdSelector)
    {
        ArgumentNullException.ThrowIfNull(unitIdSelector);
        var ids = Expression.Property(Expression.Constant(_values), TextsProperty);
        return Expression.Lambda<Func<T, bool>>(Expression.Call(ContainsText, ids, unitIdSelector.Body), unitIdSelector.Parameters);
    }

    // Resolved once from the known type (trimming keeps them: the analyzer sees the literal names), then bound without lookup.
    private static readonly PropertyInfo IdsProperty = typeof(ScopeValues).GetProperty(nameof(ScopeValues.Ids))!;
    private static readonly PropertyInfo TextsProperty = typeof(ScopeValues).GetProperty(nameof(ScopeValues.Texts))!;

    private static MethodInfo GetContains<TItem>() =>
        new Func<IEnumerable<TItem>, TItem, bool>(Enumerable.Contains).Method;

    /// <summary>The captured values of the predicates (a closure-like object, so query providers parameterise them).</summary>
    private sealed class ScopeValues(OrgUnitId[] ids, string[] texts)
    {
        public OrgUnitId[] Ids { get; } = ids;

        public string[] Texts { get; } = texts;
    }
}
