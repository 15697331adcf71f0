using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using NodaTime;

namespace AccountabilityKit.Accountability.Effects;

/// <summary>
/// One effect of a decided measure on the cadre's use, over <see cref="StartsOn"/> (inclusive) to <see cref="LiftsOn"/>
/// (exclusive: the first day the effect no longer applies), with the article it rests on.
/// </summary>
/// <param name="Effect">What is barred.</param>
/// <param name="Form">The form that causes it.</param>
/// <param name="StartsOn">The first day the effect applies.</param>
/// <param name="LiftsOn">The first day it no longer applies.</param>
/// <param name="Citation">The article.</param>
/// <param name="Status">The verification status ([U] entries ship flagged "confirm locally").</param>
/// <param name="RuleId">The pack entry, or null for a derived effect.</param>
/// <param name="Reason">How the range was computed, as a catalogue message.</param>
public sealed record InfluenceEffect(EffectKind Effect, AccountabilityForm Form, LocalDate StartsOn, LocalDate LiftsOn, Citation Citation, VerificationStatus Status, string? RuleId, Message Reason)
{
    /// <summary>The last day the effect applies.</summary>
    public LocalDate LastDay => LiftsOn.PlusDays(-1);

    /// <summary>True when the effect applies on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when <see cref="StartsOn"/> ≤ date &lt; <see cref="LiftsOn"/>.</returns>
    public bool AppliesOn(LocalDate date) => StartsOn <= date && date < LiftsOn;
}
