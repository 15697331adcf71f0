using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AccountabilityKit.Statistics.Aggregation;

namespace AccountabilityKit.Statistics.Columnar;

/// <summary>
/// The fast path of <see cref="ColumnarStatExecutor"/> when the product of the grouped dimensions' cardinalities is
/// small: the mixed-radix key of the codes is the slot of a dense accumulator array (one more slot collects the rows the
/// filters reject, so the loops have no branches). Rows are split into one contiguous range per core; each range fills
/// its own accumulators chunk by chunk, column by column, and the partials are merged at the end. Allocation depends on
/// the chunk size, the number of slots and the number of cores — never on the row count.
/// </summary>
internal sealed class DenseAggregation
{
    private const int ChunkSize = 4096;

    /// <summary>Below this many rows per core, one partial does all the work.</summary>
    private const int MinRowsPerPartial = 1 << 16;

    private readonly FactTable _table;
    private readonly DimensionColumn[] _dims;
    private readonly int[] _radices;
    private readonly List<(DimensionColumn Column, bool[] Allowed)> _filters;
    private readonly StatMeasure[] _measures;
    private readonly NumericColumn?[] _numerics;
    private readonly DimensionColumn?[] _distinctColumns;
    private readonly int _bound;

    public DenseAggregation(FactTable table, DimensionColumn[] dims, List<(DimensionColumn Column, bool[] Allowed)> filters, StatMeasure[] measures, int bound)
    {
        _table = table;
        _dims = dims;
        _radices = [.. dims.Select(d => Math.Max(1, d.Cardinality))];
        _filters = filters;
        _measures = measures;
        _numerics = [.. measures.Select(m => m.Field is { } f && Facts.FactFields.IsNumeric(f) ? table.Numeric(f) : null)];
        _distinctColumns = [.. measures.Select(m => m.Kind == AggregateKind.DistinctCount ? table.Dimension(m.Field!.Value) : null)];
        _bound = bound;
    }

    /// <summary>Aggregates every row: adds the non-empty groups to <paramref name="output"/> and returns the totals.</summary>
    public long?[] Run(int level, List<StatTableAssembler.Group> output)
    {
        var rows = _table.Count;
        var partials = Math.Max(1, Math.Min(Environment.ProcessorCount, rows / MinRowsPerPartial));
        if (partials > 1 && (long)_bound * 8 > rows)
        {
            partials = 1; // many slots, few rows per slot: per-core accumulators would cost more than they save
        }

        var results = new Partial[partials];
        var perPartial = ((rows / partials) + ChunkSize - 1) / ChunkSize * ChunkSize;
        if (partials == 1)
        {
            results[0] = Process(0, rows);
        }
        else
        {
            Parallel.For(0, partials, p => results[p] = Process(Math.Min(rows, p * perPartial), p == partials - 1 ? rows : Math.Min(rows, (p + 1) * perPartial)));
        }

        var merged = results[0];
        for (var p = 1; p < partials; p++)
        {
            merged.MergeFrom(results[p], _measures);
        }

        return merged.Emit(level, _dims, _radices, _measures, _bound, output);
    }

    private Partial Process(int from, int to)
    {
        var partial = new Partial(_measures, _bound + 1, _distinctColumns);
        var slots = new int[ChunkSize];
        var codes = new int[ChunkSize];
        var trash = _bound;
        for (var start = from; start < to; start += ChunkSize)
        {
            var n = Math.Min(ChunkSize, to - start);
            var slotSpan = slots.AsSpan(0, n);
            slotSpan.Clear();
            for (var d = 0; d < _dims.Length; d++)
            {
                _dims[d].AccumulateKey(start, slotSpan, _radices[d]);
            }

            foreach (var (column, allowed) in _filters)
            {
                column.Exclude(start, slotSpan, allowed, trash);
            }

            ref var counts = ref MemoryMarshal.GetArrayDataReference(partial.Counts);
            for (var i = 0; i < slotSpan.Length; i++)
            {
                Unsafe.Add(ref counts, slotSpan[i])++;
            }

            for (var m = 0; m < _measures.Length; m++)
            {
                switch (_measures[m].Kind)
                {
                    case AggregateKind.Sum:
                        _numerics[m]!.AddInto(start, slotSpan, partial.Values[m]);
                        break;
                    case AggregateKind.Min:
                        _numerics[m]!.ExtremeInto(start, slotSpan, partial.Values[m], max: false);
                        break;
                    case AggregateKind.Max:
                        _numerics[m]!.ExtremeInto(start, slotSpan, partial.Values[m], max: true);
                        break;
                    case AggregateKind.DistinctCount:
                    {
                        var column = _distinctColumns[m]!;
                        column.ReadCodes(start, codes.AsSpan(0, n));
                        var sets = partial.Distinct[m];
                        var seen = partial.Seen[m];
                        for (var i = 0; i < n; i++)
                        {
                            var slot = slotSpan[i];
                            if (slot == trash || column.ValueOf(codes[i]) is null) { continue; }
                            (sets[slot] ??= []).Add(codes[i]);
                            seen[codes[i]] = true;
                        }

                        break;
                    }
                }
            }
        }

        return partial;
    }

    /// <summary>One core's accumulators: a slot per group plus the trash slot.</summary>
    private sealed class Partial
    {
        public Partial(StatMeasure[] measures, int slots, DimensionColumn?[] distinctColumns)
        {
            Counts = new long[slots];
            Values = new long[measures.Length][];
            Distinct = new HashSet<int>?[measures.Length][];
            Seen = new bool[measures.Length][];
            for (var m = 0; m < measures.Length; m++)
            {
                switch (measures[m].Kind)
                {
                    case AggregateKind.Sum:
                        Values[m] = new long[slots];
                        break;
                    case AggregateKind.Min:
                        Values[m] = new long[slots];
                        Values[m].AsSpan().Fill(long.MaxValue);
                        break;
                    case AggregateKind.Max:
                        Values[m] = new long[slots];
                        Values[m].AsSpan().Fill(long.MinValue);
                        break;
                    default:
                        Values[m] = [];
                        break;
                }

                Distinct[m] = measures[m].Kind == AggregateKind.DistinctCount ? new HashSet<int>?[slots] : [];
                Seen[m] = distinctColumns[m] is { } column ? new bool[column.Cardinality] : [];
            }
        }

        public long[] Counts { get; }

        public long[][] Values { get; }

        public HashSet<int>?[][] Distinct { get; }

        public bool[][] Seen { get; }

        public void MergeFrom(Partial other, StatMeasure[] measures)
        {
            for (var s = 0; s < Counts.Length; s++)
            {
                Counts[s] += other.Counts[s];
            }

            for (var m = 0; m < measures.Length; m++)
            {
                var mine = Values[m];
                var theirs = other.Values[m];
                switch (measures[m].Kind)
                {
                    case AggregateKind.Sum:
                        for (var s = 0; s < mine.Length; s++) { mine[s] += theirs[s]; }
                        break;
                    case AggregateKind.Min:
                        for (var s = 0; s < mine.Length; s++) { mine[s] = Math.Min(mine[s], theirs[s]); }
                        break;
                    case AggregateKind.Max:
                        for (var s = 0; s < mine.Length; s++) { mine[s] = Math.Max(mine[s], theirs[s]); }
                        break;
                    case AggregateKind.DistinctCount:
                        for (var s = 0; s < Distinct[m].Length; s++)
                        {
                            if (other.Distinct[m][s] is { } set)
                            {
                                (Distinct[m][s] ??= []).UnionWith(set);
                            }
                        }

                        for (var c = 0; c < Seen[m].Length; c++) { Seen[m][c] |= other.Seen[m][c]; }
                        break;
                }
            }
        }

        public long?[] Emit(int level, DimensionColumn[] dims, int[] radices, StatMeasure[] measures, int bound, List<StatTableAssembler.Group> output)
        {
            long totalCount = 0;
            var totals = new long[measures.Length];
            for (var m = 0; m < measures.Length; m++)
            {
                totals[m] = measures[m].Kind switch { AggregateKind.Min => long.MaxValue, AggregateKind.Max => long.MinValue, _ => 0 };
            }

            // Visit the slots in key order (each dimension's codes ranked by their text, an absent value first), so the
            // groups come out already in the table's order and need no sort.
            var ranked = dims.Select(column => Enumerable.Range(0, Math.Max(1, column.Cardinality))
                .OrderBy(c => c < column.Cardinality ? column.ValueOf(c) : null, StringComparer.Ordinal).ToArray()).ToArray();
            var strides = new int[dims.Length];
            var stride = 1;
            for (var d = dims.Length - 1; d >= 0; d--)
            {
                strides[d] = stride;
                stride *= radices[d];
            }

            var ranks = new int[dims.Length];
            var codes = new int[dims.Length];
            for (var visited = 0; visited < bound; visited++)
            {
                var slot = 0;
                for (var d = 0; d < dims.Length; d++)
                {
                    codes[d] = ranked[d][ranks[d]];
                    slot += codes[d] * strides[d];
                }

                for (var d = dims.Length - 1; d >= 0; d--)
                {
                    if (++ranks[d] < radices[d]) { break; }
                    ranks[d] = 0;
                }

                if (Counts[slot] == 0) { continue; }
                totalCount += Counts[slot];
                var values = new long?[measures.Length];
                for (var m = 0; m < measures.Length; m++)
                {
                    switch (measures[m].Kind)
                    {
                        case AggregateKind.Count:
                            values[m] = Counts[slot];
                            break;
                        case AggregateKind.DistinctCount:
                            values[m] = Distinct[m][slot]?.Count ?? 0;
                            break;
                        case AggregateKind.Sum:
                            values[m] = Values[m][slot];
                            totals[m] += Values[m][slot];
                            break;
                        case AggregateKind.Min:
                            values[m] = Values[m][slot];
                            totals[m] = Math.Min(totals[m], Values[m][slot]);
                            break;
                        case AggregateKind.Max:
                            values[m] = Values[m][slot];
                            totals[m] = Math.Max(totals[m], Values[m][slot]);
                            break;
                    }
                }

                if (level > 0)
                {
                    output.Add(new StatTableAssembler.Group(level, [.. dims.Select((column, d) => column.ValueOf(codes[d]))], values));
                }
            }

            return
            [
                .. measures.Select((m, k) => m.Kind switch
                {
                    AggregateKind.Count => totalCount,
                    AggregateKind.DistinctCount => Seen[k].Count(b => b),
                    AggregateKind.Min or AggregateKind.Max => totalCount == 0 ? null : totals[k],
                    _ => (long?)totals[k],
                }),
            ];
        }
    }
}
