using AccountabilityKit.Statistics.Aggregation;

namespace AccountabilityKit.Statistics.Columnar;

/// <summary>Per-group accumulators (struct of arrays, one slot per group), grown as groups appear.</summary>
internal sealed class GroupAccumulators
{
    private readonly StatMeasure[] _measures;

    public GroupAccumulators(StatMeasure[] measures, int initialSlots)
    {
        _measures = measures;
        Counts = new long[initialSlots];
        FirstRows = new int[initialSlots];
        Values = new long[measures.Length][];
        Distinct = new HashSet<int>?[measures.Length][];
        for (var m = 0; m < measures.Length; m++)
        {
            Values[m] = new long[initialSlots];
            Distinct[m] = measures[m].Kind == AggregateKind.DistinctCount ? new HashSet<int>?[initialSlots] : [];
        }

        Reset(0, initialSlots);
    }

    public long[] Counts { get; private set; }

    public int[] FirstRows { get; private set; }

    public long[][] Values { get; }

    public HashSet<int>?[][] Distinct { get; }

    public int Slots => Counts.Length;

    public void Grow(int needed)
    {
        if (needed <= Counts.Length)
        {
            return;
        }

        var old = Counts.Length;
        var size = Math.Max(needed, old * 2);
        var counts = Counts;
        var first = FirstRows;
        Array.Resize(ref counts, size);
        Array.Resize(ref first, size);
        Counts = counts;
        FirstRows = first;
        for (var m = 0; m < _measures.Length; m++)
        {
            Array.Resize(ref Values[m], size);
            if (_measures[m].Kind == AggregateKind.DistinctCount)
            {
                Array.Resize(ref Distinct[m], size);
            }
        }

        Reset(old, size);
    }

    private void Reset(int from, int to)
    {
        FirstRows.AsSpan(from, to - from).Fill(-1);
        for (var m = 0; m < _measures.Length; m++)
        {
            var fill = _measures[m].Kind switch
            {
                AggregateKind.Min => long.MaxValue,
                AggregateKind.Max => long.MinValue,
                _ => 0L,
            };
            Values[m].AsSpan(from, to - from).Fill(fill);
        }
    }
}
