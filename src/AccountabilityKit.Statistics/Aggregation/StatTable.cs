using System.Collections.Immutable;

namespace AccountabilityKit.Statistics.Aggregation;

/// <summary>
/// The result of a <see cref="StatRequest"/>: labelled columns and rows. Group rows are ordered by their keys
/// (ordinal, an absent value first); the grand total, if any, comes last. Every execution path returns the same table.
/// </summary>
public sealed class StatTable
{
    /// <summary>Creates a table; group rows are put in canonical order.</summary>
    /// <param name="request">The request that produced it.</param>
    /// <param name="rows">The rows in any order.</param>
    public StatTable(StatRequest request, IEnumerable<StatRow> rows)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rows);
        Request = request;
        Columns = request.Columns();
        var all = rows.ToList();
        Rows = [.. all.Where(r => !r.IsGrandTotal).Order(KeyOrder.Instance), .. all.Where(r => r.IsGrandTotal)];
    }

    /// <summary>The request.</summary>
    public StatRequest Request { get; }

    /// <summary>The columns: dimensions, then measures.</summary>
    public ImmutableArray<StatColumn> Columns { get; }

    /// <summary>The rows: groups in key order, then the grand total.</summary>
    public ImmutableArray<StatRow> Rows { get; }

    /// <summary>The grand-total row, if the table has one.</summary>
    public StatRow? GrandTotal => Rows.FirstOrDefault(r => r.IsGrandTotal);

    /// <summary>The group rows (all but the grand total).</summary>
    public IEnumerable<StatRow> Groups => Rows.Where(r => !r.IsGrandTotal);

    private sealed class KeyOrder : IComparer<StatRow>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(StatRow? x, StatRow? y)
        {
            var a = x!.Keys;
            var b = y!.Keys;
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                var c = string.CompareOrdinal(a[i], b[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return a.Length.CompareTo(b.Length);
        }
    }
}
