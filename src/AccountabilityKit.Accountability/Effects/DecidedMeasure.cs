using AccountabilityKit.Accountability.Cases;
using NodaTime;

namespace AccountabilityKit.Accountability.Effects;

/// <summary>A form (with its kind) decided for a cadre and the day it took effect, the start of its influence periods.</summary>
public sealed record DecidedMeasure
{
    /// <summary>The form.</summary>
    public required AccountabilityForm Form { get; init; }

    /// <summary>The organisational adjustment kind, for <see cref="AccountabilityForm.OrganizationalAdjustment"/>.</summary>
    public OrganizationalAdjustmentKind? Adjustment { get; init; }

    /// <summary>The sanction, for <see cref="AccountabilityForm.DisciplinarySanction"/>.</summary>
    public DisciplinarySanction? Sanction { get; init; }

    /// <summary>The day the decision took effect (for a sanction: the day it was approved).</summary>
    public required LocalDate EffectiveOn { get; init; }

    /// <summary>For probation within the Party: its length in months (12 or 24).</summary>
    public int? ProbationMonths { get; init; }
}
