using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Validation;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AccountabilityKit.EntityFrameworkCore.Accountability;

/// <summary>
/// Queries on stored <see cref="AccountabilityCase"/>s that run as SQL. Cases by decided date or typical flag need no
/// helper (<c>cases.Where(c =&gt; c.IsTypicalCase &amp;&amp; c.DecidedOn &gt;= from)</c> translates as written);
/// cases by subject use the subject columns the kit maintains next to the case's JSON subjects.
/// </summary>
public static class AccountabilityCaseQueries
{
    /// <summary>Cases holding to account an organisation of <paramref name="unit"/> or a cadre of its leadership team.</summary>
    /// <param name="cases">The cases (e.g. <c>context.Set&lt;AccountabilityCase&gt;()</c>).</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The filtered query.</returns>
    public static IQueryable<AccountabilityCase> InvolvingUnit(this IQueryable<AccountabilityCase> cases, OrgUnitId unit)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var id = unit.Value;
        return cases.Where(c => EF.Property<string[]>(c, CaseSubjectColumns.UnitIds).Contains(id));
    }

    /// <summary>Cases holding <paramref name="person"/> to account as a cadre.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="person">The cadre.</param>
    /// <returns>The filtered query.</returns>
    public static IQueryable<AccountabilityCase> InvolvingPerson(this IQueryable<AccountabilityCase> cases, PersonId person)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var id = person.Value;
        return cases.Where(c => EF.Property<string[]>(c, CaseSubjectColumns.PersonIds).Contains(id));
    }

    /// <summary>Cases decided between <paramref name="from"/> and <paramref name="to"/>, both inclusive; undecided cases are excluded.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day (not before <paramref name="from"/>).</param>
    /// <returns>The filtered query.</returns>
    /// <exception cref="ValidationFailedException"><paramref name="to"/> is before <paramref name="from"/> (code <c>AK020</c> at <c>to</c>).</exception>
    public static IQueryable<AccountabilityCase> DecidedBetween(this IQueryable<AccountabilityCase> cases, LocalDate from, LocalDate to)
    {
        ArgumentNullException.ThrowIfNull(cases);
        if (to < from)
        {
            throw new ValidationFailedException(ValidationIssue.Error(VocabularyIssueCodes.MalformedPeriod, nameof(to), Catalog.Of(nameof(Messages.PeriodEndsBeforeStart), ("to", to), ("from", from))));
        }

        return cases.Where(c => c.DecidedOn != null && c.DecidedOn >= from && c.DecidedOn <= to);
    }
}
