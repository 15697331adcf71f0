using AccountabilityKit.Citations;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Accountability.Cases;

/// <summary>
/// Lifetime accountability (终身问责): a transfer, promotion or retirement never closes a case. Kept in the 2019 text
/// (article number unverified); the 2016 text's Art. 10 is cited.
/// </summary>
public static class LifetimeAccountability
{
    /// <summary>The article cited (ARR2016 Art. 10; retained in 2019, its 2019 number unverified).</summary>
    public static Citation Citation { get; } = Citation.Parse("ARR2016 Art. 10");

    /// <summary>The verification status of the citation for the 2019 text.</summary>
    public static VerificationStatus Status => VerificationStatus.PartlyVerified;

    /// <summary>Whether a career event closes the case: never.</summary>
    /// <param name="case">The case.</param>
    /// <param name="careerEvent">The event.</param>
    /// <param name="reason">Why the case stays open, as a catalogue message.</param>
    /// <returns>Always false.</returns>
    public static bool Closes(AccountabilityCase @case, CareerEvent careerEvent, out Message reason)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (!Enum.IsDefined(careerEvent))
        {
            throw new ArgumentOutOfRangeException(nameof(careerEvent), careerEvent, "Undefined career event.");
        }

        reason = Catalog.Of(nameof(Messages.LifetimeStaysOpen), ("case", @case.Id), MessageArgument.Of("event", careerEvent), ("citation", Citation));
        return false;
    }
}
