using System.Collections.Immutable;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Statistics.Aggregation;

/// <summary>
/// The plain LINQ reference executor: <c>Where</c> + <c>GroupBy</c> over fact objects. Simple enough to trust; the
/// columnar engine is tested against it. Use it for small data; use <see cref="Columnar.FactTable"/> for large data.
/// </summary>
public static class LinqStatExecutor
{
    /// <summary>Runs <paramref name="request"/> over <paramref name="facts"/>.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="request">The request.</param>
    /// <exception cref="AccountabilityKit.Validation.ValidationFailedException">The request is invalid (ST004–ST008).</exception>
    public static StatTable Execute(IEnumerable<AccountabilityFact> facts, StatRequest request)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(request);
        request.Validate().ThrowIfInvalid();

        var kept = facts.Where(f => Passes(f, request)).ToList();
        var rows = new List<StatRow>();
        if (!request.Dimensions.IsEmpty)
        {
            rows.AddRange(kept
                .GroupBy(f => string.Join('\u001f', request.Dimensions.Select(d => Encode(FactValues.Text(f, d)))), StringComparer.Ordinal)
                .Select(g => new StatRow(
                    [.. request.Dimensions.Select(d => FactValues.Text(g.First(), d))],
                    [.. request.Measures.Select(m => Aggregate(g, m))],
                    IsGrandTotal: false)));
        }

        if (request.IncludeGrandTotal || request.Dimensions.IsEmpty)
        {
            rows.Add(new StatRow(
                [.. request.Dimensions.Select(_ => (string?)null)],
                [.. request.Measures.Select(m => Aggregate(kept, m))],
                IsGrandTotal: true));
        }

        return new StatTable(request, rows);
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
        _ => throw new ArgumentOutOfRangeException(nameof(m), m.Kind, "Unknown aggregate."),
    };
}
