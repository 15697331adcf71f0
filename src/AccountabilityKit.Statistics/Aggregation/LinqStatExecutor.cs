using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Statistics.Aggregation;

/// <summary>
/// The plain LINQ reference executor: <c>Where</c> + one <c>GroupBy</c> per grouping set over fact objects. Simple
/// enough to trust; the columnar engine and the <c>IQueryable</c> translation are tested against it. Use it for small
/// data; use <see cref="Columnar.FactTable"/> for large data.
/// </summary>
public static class LinqStatExecutor
{
    /// <summary>Runs <paramref name="request"/> over <paramref name="facts"/>.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="request">The request.</param>
    /// <exception cref="AccountabilityKit.Validation.ValidationFailedException">The request is invalid (see <see cref="StatRequest.Validate"/>).</exception>
    public static StatTable Execute(IEnumerable<AccountabilityFact> facts, StatRequest request)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(request);
        request.Validate().ThrowIfInvalid();

        var kept = facts.Where(f => Passes(f, request)).ToList();
        var bases = request.BaseMeasures();
        var groups = new List<StatTableAssembler.Group>();
        foreach (var set in request.GroupingSets())
        {
            if (set.IsGrandTotal)
            {
                groups.Add(new(0, [], [.. bases.Select(m => Aggregate(kept, m))]));
                continue;
            }

            groups.AddRange(kept
                .GroupBy(f => string.Join('\u001f', set.Dimensions.Select(d => Encode(FactValues.Text(f, d)))), StringComparer.Ordinal)
                .Select(g => new StatTableAssembler.Group(
                    set.Level,
                    [.. set.Dimensions.Select(d => FactValues.Text(g.First(), d))],
                    [.. bases.Select(m => Aggregate(g, m))])));
        }

        return StatTableAssembler.Assemble(request, groups);
    }

    private static string Encode(string? text) => text is null ? "\u0000" : "\u0001" + text;

    private static bool Passes(AccountabilityFact f, StatRequest request) =>
        (request.From is not { } from || f.Quarter >= from)
        && (request.To is not { } to || f.Quarter <= to)
        && (request.Scope is not { } scope || scope.Contains(f.Unit))
        && request.Filters.All(filter => filter.Values.Contains(FactValues.Text(f, filter.Field)));

    private static long? Aggregate(IEnumerable<AccountabilityFact> rows, StatMeasure m) => m.Kind switch
    {
        AggregateKind.Count => rows.LongCount(),
        AggregateKind.Sum => rows.Sum(f => (long)FactValues.Number(f, m.Field!.Value)),
        AggregateKind.DistinctCount => rows.Select(f => FactValues.Text(f, m.Field!.Value)).OfType<string>().Distinct(StringComparer.Ordinal).LongCount(),
        AggregateKind.Min => rows.Select(f => (long?)FactValues.Number(f, m.Field!.Value)).Min(),
        AggregateKind.Max => rows.Select(f => (long?)FactValues.Number(f, m.Field!.Value)).Max(),
        _ => throw new ArgumentOutOfRangeException(nameof(m), m.Kind, "Not a base aggregate."),
    };
}
