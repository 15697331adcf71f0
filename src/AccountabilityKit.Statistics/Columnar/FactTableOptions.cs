using System.Collections.Immutable;
using AccountabilityKit.Statistics.Facts;

namespace AccountabilityKit.Statistics.Columnar;

/// <summary>
/// Which dimension columns a <see cref="FactTable"/> stores. Every numeric field is always stored. Leaving out the
/// high-cardinality columns (<see cref="FactField.Case"/> and <see cref="FactField.Person"/>: 4 bytes per row each
/// at city scale) or everything a workload never groups, filters or distinct-counts by shrinks the table; a request
/// that needs a column the table does not store fails with <c>ST016</c>.
/// </summary>
public sealed record FactTableOptions
{
    private readonly ImmutableArray<FactField> _dimensions = [.. FactFields.Dimensions];

    /// <summary>Every dimension stored.</summary>
    public static FactTableOptions AllColumns { get; } = new();

    /// <summary>Every dimension but the case id and the person (no distinct counts of cases or persons).</summary>
    public static FactTableOptions WithoutCaseAndPerson { get; } = new()
    {
        Dimensions = [.. FactFields.Dimensions.Where(d => d is not (FactField.Case or FactField.Person))],
    };

    /// <summary>The dimensions to store (default: all). The period filter needs <see cref="FactField.Quarter"/>, a scope needs <see cref="FactField.Unit"/>.</summary>
    public ImmutableArray<FactField> Dimensions { get => _dimensions; init => _dimensions = value.IsDefault ? [] : value; }
}
