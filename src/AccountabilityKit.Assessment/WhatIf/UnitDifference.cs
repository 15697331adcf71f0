using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;

namespace AccountabilityKit.Assessment.WhatIf;

/// <summary>How one unit's quarter scores under the current and the proposed rule set.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Quarter">The quarter.</param>
/// <param name="Current">The card under the current rule set.</param>
/// <param name="Proposed">The card under the proposed rule set.</param>
public sealed record UnitDifference(OrgUnitId Unit, AssessmentQuarter Quarter, ScoreCard Current, ScoreCard Proposed)
{
    /// <summary>Proposed total minus current total.</summary>
    public decimal Delta => Proposed.Total - Current.Total;

    /// <summary>True when the grade differs.</summary>
    public bool GradeChanged => Proposed.Grade != Current.Grade;
}
