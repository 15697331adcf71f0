using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using AccountabilityKit.Localization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Organization;

/// <summary>
/// An immutable organisation tree with exactly one root, built once from the flat list the host system keeps.
/// Units are numbered in pre-order, so every subtree is one contiguous interval: "is A within B's subtree"
/// is two dictionary lookups and two integer comparisons, whatever the depth.
/// </summary>
/// <example><code>
/// var tree = OrgTree.Build(units);                 // throws ValidationFailedException listing every problem
/// tree.IsWithin(townshipId, countyId);             // O(1)
/// tree.PathToRoot(townshipId);                     // township, county, city
/// </code></example>
public sealed class OrgTree
{
    private readonly OrgUnit[] _units;            // in pre-order
    private readonly int[] _parent;               // pre-order index of the parent, -1 for the root
    private readonly int[] _subtreeEnd;           // subtree of i is [i, _subtreeEnd[i])
    private readonly int[] _depth;                // root = 0
    private readonly int[] _childStart;           // children of i are _children[_childStart[i] .. _childStart[i + 1])
    private readonly OrgUnit[] _children;
    private readonly FrozenDictionary<string, int> _index;   // keyed by the id text: frozen ordinal string lookups are the fastest

    private OrgTree(OrgUnit[] units, int[] parent, int[] subtreeEnd, int[] depth, int[] childStart, OrgUnit[] children)
    {
        _units = units;
        _parent = parent;
        _subtreeEnd = subtreeEnd;
        _depth = depth;
        _childStart = childStart;
        _children = children;
        var index = new Dictionary<string, int>(units.Length, StringComparer.Ordinal);
        for (var i = 0; i < units.Length; i++)
        {
            index.Add(units[i].Id.Value, i);
        }

        _index = index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The root unit (typically the city's Party committee).</summary>
    public OrgUnit Root => _units[0];

    /// <summary>The number of units.</summary>
    public int Count => _units.Length;

    /// <summary>Every unit in pre-order: each unit comes before its descendants, siblings in input order.</summary>
    public IReadOnlyList<OrgUnit> Units => new ReadOnlySlice<OrgUnit>(_units, 0, _units.Length);

    /// <summary>The unit with the given id.</summary>
    /// <param name="id">A unit id.</param>
    /// <exception cref="KeyNotFoundException">No unit has that id.</exception>
    public OrgUnit this[OrgUnitId id] => _units[IndexOf(id)];

    /// <summary>
    /// Builds the tree, checking the whole list first. Rejects empty ids and names, undefined kinds, duplicate ids,
    /// unknown parents, parent cycles and more (or fewer) than one root — all reported together, each with the
    /// path <c>$[i].field</c> of the offending entry.
    /// </summary>
    /// <param name="units">The flat list of units, in any order.</param>
    /// <exception cref="ValidationFailedException">The list has problems (codes <c>AK001</c>–<c>AK003</c>, <c>AK010</c>–<c>AK014</c>).</exception>
    public static OrgTree Build(IEnumerable<OrgUnit> units)
    {
        var (tree, report) = BuildCore(units);
        report.ThrowIfInvalid();
        return tree!;
    }

    /// <summary>Builds the tree without throwing for bad input.</summary>
    /// <param name="units">The flat list of units.</param>
    /// <param name="tree">The tree, when the list is valid.</param>
    /// <param name="report">Every problem found (empty when valid).</param>
    /// <returns>True when the tree was built.</returns>
    public static bool TryBuild(IEnumerable<OrgUnit> units, [NotNullWhen(true)] out OrgTree? tree, out ValidationReport report)
    {
        (tree, report) = BuildCore(units);
        return tree is not null;
    }

    /// <summary>Checks the list without building (see <see cref="Build"/> for the rules).</summary>
    /// <param name="units">The flat list of units.</param>
    public static ValidationReport Validate(IEnumerable<OrgUnit> units) => BuildCore(units).Report;

    /// <summary>True when the tree has a unit with this id.</summary>
    /// <param name="id">A unit id.</param>
    public bool Contains(OrgUnitId id) => _index.ContainsKey(id.Value);

    /// <summary>Looks a unit up by id.</summary>
    /// <param name="id">A unit id.</param>
    /// <param name="unit">The unit when found.</param>
    public bool TryGet(OrgUnitId id, [NotNullWhen(true)] out OrgUnit? unit)
    {
        unit = _index.TryGetValue(id.Value, out var i) ? _units[i] : null;
        return unit is not null;
    }

    /// <summary>
    /// True when <paramref name="unit"/> is <paramref name="ancestor"/> or lies anywhere below it. O(1).
    /// </summary>
    /// <param name="unit">The unit asked about.</param>
    /// <param name="ancestor">The root of the subtree.</param>
    /// <exception cref="KeyNotFoundException">Either id is not in the tree.</exception>
    public bool IsWithin(OrgUnitId unit, OrgUnitId ancestor)
    {
        var u = IndexOf(unit);
        var a = IndexOf(ancestor);
        return u >= a && u < _subtreeEnd[a];
    }

    /// <summary>The parent of a unit, or null for the root.</summary>
    /// <param name="id">A unit id.</param>
    /// <exception cref="KeyNotFoundException">The id is not in the tree.</exception>
    public OrgUnit? ParentOf(OrgUnitId id)
    {
        var p = _parent[IndexOf(id)];
        return p < 0 ? null : _units[p];
    }

    /// <summary>The direct children of a unit, in input order.</summary>
    /// <param name="id">A unit id.</param>
    /// <exception cref="KeyNotFoundException">The id is not in the tree.</exception>
    public IReadOnlyList<OrgUnit> ChildrenOf(OrgUnitId id)
    {
        var i = IndexOf(id);
        return new ReadOnlySlice<OrgUnit>(_children, _childStart[i], _childStart[i + 1] - _childStart[i]);
    }

    /// <summary>The unit and everything below it, in pre-order. O(1): a view, not a copy.</summary>
    /// <param name="id">A unit id.</param>
    /// <exception cref="KeyNotFoundException">The id is not in the tree.</exception>
    public IReadOnlyList<OrgUnit> SubtreeOf(OrgUnitId id)
    {
        var i = IndexOf(id);
        return new ReadOnlySlice<OrgUnit>(_units, i, _subtreeEnd[i] - i);
    }

    /// <summary>The unit, its parent, and so on up to the root. O(depth).</summary>
    /// <param name="id">A unit id.</param>
    /// <exception cref="KeyNotFoundException">The id is not in the tree.</exception>
    public IReadOnlyList<OrgUnit> PathToRoot(OrgUnitId id)
    {
        var i = IndexOf(id);
        var path = new OrgUnit[_depth[i] + 1];
        for (var k = 0; i >= 0; k++, i = _parent[i])
        {
            path[k] = _units[i];
        }

        return path;
    }

    /// <summary>How far below the root a unit lies (the root is at depth 0).</summary>
    /// <param name="id">A unit id.</param>
    /// <exception cref="KeyNotFoundException">The id is not in the tree.</exception>
    public int DepthOf(OrgUnitId id) => _depth[IndexOf(id)];

    /// <summary>The pre-order position of a unit: its subtree is the interval [position, position + subtree size).</summary>
    /// <param name="id">A unit id.</param>
    /// <exception cref="KeyNotFoundException">The id is not in the tree.</exception>
    public int PositionOf(OrgUnitId id) => IndexOf(id);

    /// <summary>The number of units in a unit's subtree, itself included.</summary>
    /// <param name="id">A unit id.</param>
    /// <exception cref="KeyNotFoundException">The id is not in the tree.</exception>
    public int SubtreeSizeOf(OrgUnitId id)
    {
        var i = IndexOf(id);
        return _subtreeEnd[i] - i;
    }

    private int IndexOf(OrgUnitId id) =>
        _index.TryGetValue(id.Value, out var i) ? i : throw new KeyNotFoundException($"The org unit '{id}' is not in this tree.");

    private static (OrgTree? Tree, ValidationReport Report) BuildCore(IEnumerable<OrgUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var list = units as IReadOnlyList<OrgUnit> ?? units.ToArray();
        var issues = new List<ValidationIssue>();
        var firstIndex = new Dictionary<OrgUnitId, int>(list.Count);
        var roots = new List<int>();
        for (var i = 0; i < list.Count; i++)
        {
            var unit = list[i] ?? throw new ArgumentException($"The unit at index {i} is null.", nameof(units));
            var at = JsonPaths.Index(JsonPaths.Root, i);
            if (unit.Id == default)
            {
                issues.Add(ValidationIssue.Error(VocabularyIssueCodes.InvalidIdentifier, JsonPaths.Property(at, "id"), Catalog.Of(nameof(Messages.UnitIdMissing))));
            }
            else if (!firstIndex.TryAdd(unit.Id, i))
            {
                issues.Add(ValidationIssue.Error(VocabularyIssueCodes.DuplicateOrgUnit, JsonPaths.Property(at, "id"), Catalog.Of(nameof(Messages.DuplicateUnitId), ("id", unit.Id), ("firstPath", JsonPaths.Index(JsonPaths.Root, firstIndex[unit.Id])))));
            }

            if (string.IsNullOrWhiteSpace(unit.Name))
            {
                issues.Add(ValidationIssue.Error(VocabularyIssueCodes.EmptyName, JsonPaths.Property(at, "name"), Catalog.Of(nameof(Messages.UnitNameMissing), ("id", unit.Id))));
            }

            if (!Enum.IsDefined(unit.Kind))
            {
                issues.Add(ValidationIssue.Error(VocabularyIssueCodes.UndefinedEnumValue, JsonPaths.Property(at, "kind"), Catalog.Of(nameof(Messages.UndefinedEnumValue), ("value", (int)unit.Kind), ("type", Catalog.Of(nameof(Messages.TypeUnitKind))))));
            }

            if (unit.ParentId is null)
            {
                roots.Add(i);
            }
        }

        // Parent links, resolved against the first unit of each id.
        var parentOf = new int[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            parentOf[i] = -1;
            if (list[i].ParentId is not { } parentId)
            {
                continue;
            }

            if (firstIndex.TryGetValue(parentId, out var p))
            {
                parentOf[i] = p;
            }
            else
            {
                issues.Add(ValidationIssue.Error(VocabularyIssueCodes.UnknownParent, JsonPaths.Property(JsonPaths.Index(JsonPaths.Root, i), "parentId"), Catalog.Of(nameof(Messages.UnknownParent), ("id", list[i].Id), ("parentId", parentId))));
            }
        }

        if (roots.Count == 0)
        {
            issues.Add(ValidationIssue.Error(VocabularyIssueCodes.NoRoot, JsonPaths.Root, Catalog.Of(list.Count == 0 ? nameof(Messages.NoUnits) : nameof(Messages.NoRootUnit))));
        }
        else if (roots.Count > 1)
        {
            var names = MessageArgument.List("units", roots.Select(r => list[r].Id.Value));
            foreach (var r in roots)
            {
                issues.Add(ValidationIssue.Error(VocabularyIssueCodes.MultipleRoots, JsonPaths.Property(JsonPaths.Index(JsonPaths.Root, r), "parentId"), Catalog.Of(nameof(Messages.MultipleRoots), ("count", roots.Count), names)));
            }
        }

        AddCycles(list, parentOf, issues);
        var report = ValidationReport.From(issues);
        return report.IsValid ? (Layout(list, parentOf, roots[0]), report) : (null, report);
    }

    /// <summary>Finds every parent cycle once, reported at its first member in input order.</summary>
    private static void AddCycles(IReadOnlyList<OrgUnit> list, int[] parentOf, List<ValidationIssue> issues)
    {
        // 0 = unvisited, 1 = on the current walk, 2 = done.
        var state = new byte[list.Count];
        var walk = new List<int>();
        for (var start = 0; start < list.Count; start++)
        {
            walk.Clear();
            var i = start;
            while (i >= 0 && state[i] == 0)
            {
                state[i] = 1;
                walk.Add(i);
                i = parentOf[i];
            }

            if (i >= 0 && state[i] == 1)
            {
                // The walk closed on itself: the cycle is the part of the walk from i on.
                var cycle = walk.Skip(walk.IndexOf(i)).ToList();
                var first = cycle.Min();
                var chain = string.Join(" → ", cycle.Append(cycle[0]).Select(k => $"'{list[k].Id}'"));
                issues.Add(ValidationIssue.Error(VocabularyIssueCodes.ParentCycle, JsonPaths.Property(JsonPaths.Index(JsonPaths.Root, first), "parentId"), Catalog.Of(nameof(Messages.ParentCycle), ("chain", chain))));
            }

            foreach (var k in walk)
            {
                state[k] = 2;
            }
        }
    }

    private static OrgTree Layout(IReadOnlyList<OrgUnit> list, int[] parentOf, int root)
    {
        var n = list.Count;

        // Children in input order, as CSR over input indexes.
        var childCount = new int[n + 1];
        foreach (var p in parentOf)
        {
            if (p >= 0)
            {
                childCount[p]++;
            }
        }

        var firstChild = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            firstChild[i + 1] = firstChild[i] + childCount[i];
        }

        var fill = (int[])firstChild.Clone();
        var childrenByInput = new int[Math.Max(0, n - 1)];
        for (var i = 0; i < n; i++)
        {
            if (parentOf[i] >= 0)
            {
                childrenByInput[fill[parentOf[i]]++] = i;
            }
        }

        // Iterative pre-order walk (no recursion: trees may be deep).
        var order = new int[n];
        var position = new int[n];
        var stack = new Stack<int>();
        stack.Push(root);
        var next = 0;
        while (stack.Count > 0)
        {
            var i = stack.Pop();
            position[i] = next;
            order[next++] = i;
            for (var c = firstChild[i + 1] - 1; c >= firstChild[i]; c--)
            {
                stack.Push(childrenByInput[c]);
            }
        }

        var units = new OrgUnit[n];
        var parent = new int[n];
        var depth = new int[n];
        var subtreeEnd = new int[n];
        var childStart = new int[n + 1];
        var children = new OrgUnit[Math.Max(0, n - 1)];
        for (var k = 0; k < n; k++)
        {
            var i = order[k];
            units[k] = list[i];
            parent[k] = parentOf[i] < 0 ? -1 : position[parentOf[i]];
            depth[k] = parent[k] < 0 ? 0 : depth[parent[k]] + 1;
            childStart[k + 1] = childStart[k] + childCount[i];
            for (var c = firstChild[i]; c < firstChild[i + 1]; c++)
            {
                children[childStart[k] + (c - firstChild[i])] = list[childrenByInput[c]];
            }
        }

        // Subtree ends, from the leaves up (a child always comes after its parent in pre-order).
        for (var k = n - 1; k >= 0; k--)
        {
            subtreeEnd[k] = Math.Max(subtreeEnd[k], k + 1);
            if (parent[k] >= 0)
            {
                subtreeEnd[parent[k]] = Math.Max(subtreeEnd[parent[k]], subtreeEnd[k]);
            }
        }

        return new OrgTree(units, parent, subtreeEnd, depth, childStart, children);
    }
}
