using System.Collections.Immutable;

namespace AccountabilityKit.Statistics.Aggregation;

/// <summary>
/// The result of a <see cref="StatRequest"/>: labelled columns and rows. Rows are ordered like SQL <c>ROLLUP</c> output
/// sorted by the keys: by each key in turn (ordinal, an absent value first), a subtotal after the groups it sums, the
/// grand total, if any, last. Every execution path returns the same table.
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
        Rows = [.. all.Order(KeyOrder.Instance)];
    }

    /// <summary>The request.</summary>
    public StatRequest Request { get; }

    /// <summary>The columns: dimensions, then measures.</summary>
    public ImmutableArray<StatColumn> Columns { get; }

    /// <summary>The rows: groups and subtotals in key order, then the grand total.</summary>
    public ImmutableArray<StatRow> Rows { get; }

    /// <summary>The grand-total row, if the table has one.</summary>
    public StatRow? GrandTotal => Rows.FirstOrDefault(r => r.IsGrandTotal);

    /// <summary>The finest-level group rows (no subtotal, no grand total).</summary>
    public IEnumerable<StatRow> Groups => Rows.Where(r => !r.IsGrandTotal && !r.IsSubtotal);

    /// <summary>The rollup subtotal rows.</summary>
    public IEnumerable<StatRow> Subtotals => Rows.Where(r => r.IsSubtotal);

    /// <summary>Rollup order: key by key over the dimensions both rows are grouped by; a row that stops grouping first (a subtotal) comes after.</summary>
    internal sealed class KeyOrder : IComparer<StatRow>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(StatRow? x, StatRow? y)
        {
            var a = x!.Keys;
            var b = y!.Keys;
            for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
            {
                var inX = i < x.Level;
                var inY = i < y.Level;
                if (inX != inY)
                {
                    return inX ? -1 : 1;
                }

                if (!inX)
                {
                    return 0;
                }

                var c = string.CompareOrdinal(a[i], b[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        }
    }
}
