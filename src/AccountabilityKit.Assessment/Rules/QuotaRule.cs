namespace AccountabilityKit.Assessment.Rules;

/// <summary>
/// How a rule set turns a grade band's quota (a share q of the unit group) into the number of units the band may admit
/// in a group of n units: q × n rounded by <see cref="Rounding"/>, raised to one when <see cref="AtLeastOne"/> is set and
/// the group is not empty, and never more than n. The allowance is a ceiling: units tied at its boundary are still
/// admitted whole or not at all (see <see cref="Rankings.Ranking"/>). A rule set that states no rule uses <see cref="Default"/>.
/// </summary>
/// <param name="Rounding">How q × n is rounded to whole units.</param>
/// <param name="AtLeastOne">True when a non-empty group may always give the band to at least one unit.</param>
public sealed record QuotaRule(QuotaRounding Rounding, bool AtLeastOne)
{
    /// <summary>The rule of a rule set that states none: <see cref="QuotaRounding.Floor"/> without a minimum (⌊q × n⌋, the behaviour before rule sets could choose).</summary>
    public static QuotaRule Default { get; } = new(QuotaRounding.Floor, false);

    /// <summary>The number of units a band with quota <paramref name="quota"/> may admit in a group of <paramref name="groupSize"/> units.</summary>
    /// <param name="quota">The band's share, in (0, 1].</param>
    /// <param name="groupSize">The number of units ranked in the group (0 or more).</param>
    /// <returns>The allowance, between 0 and <paramref name="groupSize"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The quota is not in (0, 1], or the group size is negative.</exception>
    /// <exception cref="InvalidOperationException">The rounding is not a defined <see cref="QuotaRounding"/>.</exception>
    public int Allowance(decimal quota, int groupSize)
    {
        if (quota <= 0m || quota > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(quota), quota, "A quota is a share in (0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(groupSize);
        var exact = quota * groupSize;
        var rounded = Rounding switch
        {
            QuotaRounding.Floor => decimal.Floor(exact),
            QuotaRounding.RoundHalfUp => decimal.Round(exact, 0, MidpointRounding.AwayFromZero),
            QuotaRounding.Ceiling => decimal.Ceiling(exact),
            _ => throw new InvalidOperationException($"Unknown quota rounding {Rounding}."),
        };
        var allowance = (int)rounded;
        if (AtLeastOne && groupSize > 0)
        {
            allowance = Math.Max(allowance, 1);
        }

        return Math.Min(allowance, groupSize);
    }
}
