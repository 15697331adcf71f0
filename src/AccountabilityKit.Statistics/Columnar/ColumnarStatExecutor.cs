using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AccountabilityKit.Organization;
using AccountabilityKit.Statistics.Aggregation;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Statistics.Columnar;

/// <summary>
/// Runs a <see cref="StatRequest"/> over a <see cref="FactTable"/> column by column, in chunks: filters become
/// per-code lookup tables, the group key is a mixed-radix number of the dimension codes, and groups live in a dense
/// array when the product of the chosen dimensions' cardinalities is small (≤ <see cref="DenseLimit"/>) and in a
/// hash index otherwise. Allocation depends on the chunk size and the number of groups, never on the row count.
/// Returns exactly what <see cref="LinqStatExecutor"/> returns.
/// </summary>
public static class ColumnarStatExecutor
{
    /// <summary>The largest product of cardinalities for which groups are kept in a dense array.</summary>
    public const int DenseLimit = 1 << 20;

    private const int ChunkSize = 4096;

    /// <summary>Runs <paramref name="request"/> over <paramref name="table"/>.</summary>
    /// <param name="table">The facts.</param>
    /// <param name="request">The request.</param>
    /// <exception cref="ValidationFailedException">The request is invalid (see <see cref="StatRequest.Validate"/>), or needs a column the table does not store (ST016).</exception>
    public static StatTable Execute(FactTable table, StatRequest request)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(request);
        request.Validate().ThrowIfInvalid();
        CheckStoredColumns(table, request).ThrowIfInvalid();

        var filters = BuildFilters(table, request);
        var bases = request.BaseMeasures().ToArray();
        var groups = new List<StatTableAssembler.Group>();
        long?[]? total = null;
        foreach (var set in request.GroupingSets())
        {
            if (set.IsGrandTotal)
            {
                total ??= Aggregate(table, filters, [], bases, groups);
                groups.Add(new(0, [], total));
            }
            else
            {
                var setTotal = Aggregate(table, filters, set.Dimensions, bases, groups);
                total ??= setTotal;
            }
        }

        return StatTableAssembler.Assemble(request, groups);
    }

    /// <summary>Aggregates one grouping set: adds its groups to <paramref name="output"/> and returns the totals over every kept row.</summary>
    private static long?[] Aggregate(
        FactTable table,
        List<(DimensionColumn Column, bool[] Allowed)> filters,
        System.Collections.Immutable.ImmutableArray<FactField> dimensions,
        StatMeasure[] measures,
        List<StatTableAssembler.Group> output)
    {
        var level = dimensions.Length;
        var dims = dimensions.Select(table.Dimension).ToArray();
        long denseBound = 1;
        foreach (var d in dims)
        {
            denseBound *= Math.Max(1, d.Cardinality);
            if (denseBound > DenseLimit) { break; }
        }

        if (denseBound <= DenseLimit)
        {
            return new DenseAggregation(table, dims, filters, measures, (int)denseBound).Run(level, output);
        }

        var measureNumerics = measures.Select(m => m.Field is { } f && FactFields.IsNumeric(f) ? table.Numeric(f) : null).ToArray();
        var measureDims = measures.Select(m => m.Kind == AggregateKind.DistinctCount ? table.Dimension(m.Field!.Value) : null).ToArray();

        // Plan the key: mixed radix over the dimension codes; where the radix would overflow a long, the key so far is
        // re-numbered through a dictionary (ids < rows + 1), so any number of high-cardinality dimensions fits.
        var rowsBound = (long)table.Count + 1;
        var remapBefore = new bool[dims.Length];
        long bound = 1;
        for (var d = 0; d < dims.Length; d++)
        {
            var c = Math.Max(1, dims[d].Cardinality);
            if (bound > long.MaxValue / c)
            {
                remapBefore[d] = true;
                bound = rowsBound;
            }

            bound *= c;
        }

        var dense = dims.Length > 0 && bound <= DenseLimit && !remapBefore.Any(r => r);
        var remaps = remapBefore.Select(r => r ? new Dictionary<long, int>() : null).ToArray();
        var groupIndex = dense ? null : new Dictionary<long, int>();
        var groups = new GroupAccumulators(measures, dense ? (int)bound : 16);
        var groupCount = 0;

        var total = new long[measures.Length];
        var totalDistinct = new bool[measures.Length][];
        for (var m = 0; m < measures.Length; m++)
        {
            total[m] = measures[m].Kind switch { AggregateKind.Min => long.MaxValue, AggregateKind.Max => long.MinValue, _ => 0 };
            totalDistinct[m] = measureDims[m] is { } md ? new bool[md.Cardinality] : [];
        }

        long totalCount = 0;
        var codes = new int[ChunkSize];
        var numbers = new int[ChunkSize];
        var keys = new long[ChunkSize];
        var slots = new int[ChunkSize];
        var mask = new bool[ChunkSize];

        for (var start = 0; start < table.Count; start += ChunkSize)
        {
            var n = Math.Min(ChunkSize, table.Count - start);
            var maskSpan = mask.AsSpan(0, n);
            maskSpan.Fill(true);
            foreach (var (column, allowed) in filters)
            {
                column.ReadCodes(start, codes.AsSpan(0, n));
                for (var i = 0; i < n; i++)
                {
                    maskSpan[i] &= allowed[codes[i]];
                }
            }

            // Group keys.
            var keySpan = keys.AsSpan(0, n);
            keySpan.Clear();
            for (var d = 0; d < dims.Length; d++)
            {
                if (remaps[d] is { } remap)
                {
                    for (var i = 0; i < n; i++)
                    {
                        if (!maskSpan[i]) { continue; }
                        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(remap, keySpan[i], out var exists);
                        if (!exists) { id = remap.Count - 1; }
                        keySpan[i] = id;
                    }
                }

                long radix = Math.Max(1, dims[d].Cardinality);
                dims[d].ReadCodes(start, codes.AsSpan(0, n));
                for (var i = 0; i < n; i++)
                {
                    keySpan[i] = (keySpan[i] * radix) + codes[i];
                }
            }

            // Slots. Dense: the key is the slot (codes were validated at append, so it is within the arrays).
            if (dense)
            {
                ref var countRef = ref MemoryMarshal.GetArrayDataReference(groups.Counts);
                ref var firstRef = ref MemoryMarshal.GetArrayDataReference(groups.FirstRows);
                long kept = 0;
                for (var i = 0; i < n; i++)
                {
                    if (!maskSpan[i])
                    {
                        slots[i] = -1;
                        continue;
                    }

                    var slot = (int)keySpan[i];
                    slots[i] = slot;
                    ref var first = ref Unsafe.Add(ref firstRef, slot);
                    if (first < 0)
                    {
                        first = start + i;
                    }

                    Unsafe.Add(ref countRef, slot)++;
                    kept++;
                }

                totalCount += kept;
            }
            else
            {
                for (var i = 0; i < n; i++)
                {
                    if (!maskSpan[i])
                    {
                        slots[i] = -1;
                        continue;
                    }

                    ref var s = ref CollectionsMarshal.GetValueRefOrAddDefault(groupIndex!, keySpan[i], out var exists);
                    if (!exists)
                    {
                        s = groupCount++;
                        groups.Grow(groupCount);
                    }

                    var slot = s;
                    slots[i] = slot;
                    if (groups.FirstRows[slot] < 0)
                    {
                        groups.FirstRows[slot] = start + i;
                    }

                    groups.Counts[slot]++;
                    totalCount++;
                }
            }

            // Measures, one column at a time.
            for (var m = 0; m < measures.Length; m++)
            {
                var values = groups.Values[m];
                switch (measures[m].Kind)
                {
                    case AggregateKind.Count:
                        break;
                    case AggregateKind.Sum:
                    {
                        var src = numbers.AsSpan(0, n);
                        measureNumerics[m]!.ReadValues(start, src);
                        ref var valueRef = ref MemoryMarshal.GetArrayDataReference(values);
                        long sum = 0;
                        for (var i = 0; i < n; i++)
                        {
                            var slot = slots[i];
                            if (slot >= 0)
                            {
                                Unsafe.Add(ref valueRef, slot) += src[i];
                                sum += src[i];
                            }
                        }

                        total[m] += sum;

                        break;
                    }

                    case AggregateKind.Min:
                    {
                        var src = numbers.AsSpan(0, n);
                        measureNumerics[m]!.ReadValues(start, src);
                        for (var i = 0; i < n; i++)
                        {
                            if (slots[i] >= 0) { values[slots[i]] = Math.Min(values[slots[i]], src[i]); total[m] = Math.Min(total[m], src[i]); }
                        }

                        break;
                    }

                    case AggregateKind.Max:
                    {
                        var src = numbers.AsSpan(0, n);
                        measureNumerics[m]!.ReadValues(start, src);
                        for (var i = 0; i < n; i++)
                        {
                            if (slots[i] >= 0) { values[slots[i]] = Math.Max(values[slots[i]], src[i]); total[m] = Math.Max(total[m], src[i]); }
                        }

                        break;
                    }

                    case AggregateKind.DistinctCount:
                    {
                        var column = measureDims[m]!;
                        column.ReadCodes(start, codes.AsSpan(0, n));
                        var sets = groups.Distinct[m];
                        var seen = totalDistinct[m];
                        for (var i = 0; i < n; i++)
                        {
                            if (slots[i] < 0 || column.ValueOf(codes[i]) is null) { continue; }
                            (sets[slots[i]] ??= []).Add(codes[i]);
                            seen[codes[i]] = true;
                        }

                        break;
                    }
                }
            }
        }

        if (dims.Length > 0)
        {
            var slotCount = dense ? groups.Slots : groupCount;
            for (var slot = 0; slot < slotCount; slot++)
            {
                if (groups.Counts[slot] == 0) { continue; }
                var row = groups.FirstRows[slot];
                output.Add(new StatTableAssembler.Group(
                    level,
                    [.. dims.Select(d => d.ValueOf(d.CodeAt(row)))],
                    [.. measures.Select((m, k) => (long?)(m.Kind switch
                    {
                        AggregateKind.Count => groups.Counts[slot],
                        AggregateKind.DistinctCount => groups.Distinct[k][slot]?.Count ?? 0,
                        _ => groups.Values[k][slot],
                    }))]));
            }
        }

        return
        [
            .. measures.Select((m, k) => m.Kind switch
            {
                AggregateKind.Count => totalCount,
                AggregateKind.DistinctCount => totalDistinct[k].Count(b => b),
                AggregateKind.Min or AggregateKind.Max => totalCount == 0 ? null : total[k],
                _ => (long?)total[k],
            }),
        ];
    }

    /// <summary>Reports every column the request needs that the table does not store (ST016), with the path of the use.</summary>
    private static ValidationReport CheckStoredColumns(FactTable table, StatRequest request)
    {
        var issues = new ValidationReportBuilder();
        void Need(FactField field, string path)
        {
            if (!table.Stores(field))
            {
                issues.Error(StatisticsIssueCodes.DimensionNotStored, path, Catalog.Of(nameof(Messages.DimensionNotStored), Texts.Enum("field", field)));
            }
        }

        for (var i = 0; i < request.Dimensions.Length; i++)
        {
            Need(request.Dimensions[i], JsonPaths.Index("dimensions", i));
        }

        for (var i = 0; i < request.Measures.Length; i++)
        {
            var path = JsonPaths.Index("measures", i);
            var m = request.Measures[i];
            foreach (var (operand, operandPath) in new[] { (m, path), (m.Numerator, JsonPaths.Combine(path, "numerator")), (m.Denominator, JsonPaths.Combine(path, "denominator")) })
            {
                if (operand is { Kind: AggregateKind.DistinctCount, Field: { } field })
                {
                    Need(field, JsonPaths.Combine(operandPath, "field"));
                }
            }
        }

        if (request.From is not null)
        {
            Need(FactField.Quarter, "from");
        }
        else if (request.To is not null)
        {
            Need(FactField.Quarter, "to");
        }

        if (request.Scope is not null)
        {
            Need(FactField.Unit, "scope");
        }

        for (var i = 0; i < request.Filters.Length; i++)
        {
            Need(request.Filters[i].Field, JsonPaths.Combine(JsonPaths.Index("filters", i), "field"));
        }

        return issues.Build();
    }

    private static List<(DimensionColumn Column, bool[] Allowed)> BuildFilters(FactTable table, StatRequest request)
    {
        var filters = new List<(DimensionColumn, bool[])>();
        if (request.From is not null || request.To is not null)
        {
            var quarter = table.Dimension(FactField.Quarter);
            var allowed = new bool[quarter.Cardinality];
            for (var c = 0; c < allowed.Length; c++)
            {
                var q = AssessmentQuarter.Parse(quarter.ValueOf(c)!);
                allowed[c] = (request.From is not { } from || q >= from) && (request.To is not { } to || q <= to);
            }

            filters.Add((quarter, allowed));
        }

        if (request.Scope is { } scope)
        {
            var unit = table.Dimension(FactField.Unit);
            var allowed = new bool[unit.Cardinality];
            for (var c = 0; c < allowed.Length; c++)
            {
                allowed[c] = scope.Contains(new OrgUnitId(unit.ValueOf(c)!));
            }

            filters.Add((unit, allowed));
        }

        foreach (var filter in request.Filters)
        {
            var column = table.Dimension(filter.Field);
            var accepted = new HashSet<string?>(filter.Values, StringComparer.Ordinal);
            var allowed = new bool[column.Cardinality];
            for (var c = 0; c < allowed.Length; c++)
            {
                allowed[c] = accepted.Contains(column.ValueOf(c));
            }

            filters.Add((column, allowed));
        }

        return filters;
    }
}
