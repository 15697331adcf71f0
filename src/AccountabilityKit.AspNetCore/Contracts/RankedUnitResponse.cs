using System.Globalization;
using AccountabilityKit.Assessment.Rankings;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>A unit's place in its group's ranking, with its grade after the rule set's quotas.</summary>
/// <param name="Rank">The standard competition rank (1, 2, 2, 4).</param>
/// <param name="Unit">The unit's id.</param>
/// <param name="UnitName">The unit's name from the posted org units.</param>
/// <param name="Total">Its total, a JSON number.</param>
/// <param name="Grade">Its grade after quotas, as code and label.</param>
/// <param name="GradeName">The grade's name in the rule set.</param>
/// <param name="DemotedByQuota">True when a quota moved it below the grade its score earned.</param>
/// <param name="Reason">Why it holds this grade, in the request's language.</param>
public sealed record RankedUnitResponse(
    int Rank,
    string Unit,
    string UnitName,
    decimal Total,
    CodeLabel Grade,
    string GradeName,
    bool DemotedByQuota,
    string Reason)
{
    /// <summary>The contract of <paramref name="entry"/> in <paramref name="culture"/>.</summary>
    /// <param name="entry">The kit's ranking entry.</param>
    /// <param name="unitName">The unit's name.</param>
    /// <param name="culture">The response's language.</param>
    /// <returns>The contract.</returns>
    public static RankedUnitResponse From(RankedUnit entry, string unitName, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(unitName);
        ArgumentNullException.ThrowIfNull(culture);
        return new RankedUnitResponse(
            entry.Rank,
            entry.Unit.Value,
            unitName,
            entry.Total,
            CodeLabel.Of(entry.Grade, culture),
            entry.GradeName,
            entry.DemotedByQuota,
            entry.Reason.Render(culture));
    }
}
