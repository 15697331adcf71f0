using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Time;
using AccountabilityKit.Validation;
using Ardalis.Specification;
using NodaTime;

namespace AccountabilityKit.Accountability.Queries;

/// <summary>
/// The accountability cases decided in a period — between two days, both inclusive, or in an
/// <see cref="AssessmentQuarter"/> — undecided cases excluded, ordered by decision date, then id.
/// </summary>
public sealed class CasesDecidedBetweenSpec : Specification<AccountabilityCase>
{
    /// <summary>Creates the specification for the days <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day (not before <paramref name="from"/>).</param>
    /// <exception cref="ValidationFailedException"><paramref name="to"/> is before <paramref name="from"/> (code <c>AC032</c> at <c>to</c>).</exception>
    public CasesDecidedBetweenSpec(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new ValidationFailedException(ValidationIssue.Error(AccountabilityIssueCodes.InvalidValue, nameof(to), Catalog.Of(nameof(Messages.PeriodEndsBeforeStart), ("from", from), ("to", to))));
        }

        Query.Where(c => c.DecidedOn != null && c.DecidedOn >= from && c.DecidedOn <= to)
            .OrderBy(static c => c.DecidedOn)
            .ThenBy(static c => c.Id);
    }

    /// <summary>Creates the specification for the days of <paramref name="quarter"/>.</summary>
    /// <param name="quarter">The quarter.</param>
    public CasesDecidedBetweenSpec(AssessmentQuarter quarter)
        : this(quarter.FirstDay, quarter.LastDay)
    {
    }
}
