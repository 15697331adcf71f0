using AccountabilityKit.Assessment.Scoring;
using AccountabilityKit.Localization;
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

    /// <summary>
    /// The difference in one sentence: 得分由98分降至96.5分（减少1.5分），等次不变（好） — the grade names are the rule sets'
    /// own (English for an <c>en</c> culture).
    /// </summary>
    public Message Explanation
    {
        get
        {
            var current = ("current", Catalog.Points(Current.Total));
            var proposed = ("proposed", Catalog.Points(Proposed.Total));
            var delta = ("delta", Catalog.Points(Math.Abs(Delta)));
            var score = Delta switch
            {
                > 0 => Catalog.Of(nameof(Messages.WhatIfScoreUp), current, proposed, delta),
                < 0 => Catalog.Of(nameof(Messages.WhatIfScoreDown), current, proposed, delta),
                _ => Catalog.Of(nameof(Messages.WhatIfScoreSame), current),
            };
            var grade = GradeChanged || !string.Equals(Current.GradeName, Proposed.GradeName, StringComparison.Ordinal)
                ? Catalog.Of(nameof(Messages.WhatIfGradeChanged), ("current", Current.GradeName), ("proposed", Proposed.GradeName))
                : Catalog.Of(nameof(Messages.WhatIfGradeSame), ("grade", Current.GradeName));
            return Catalog.Of(nameof(Messages.WhatIfExplanation), ("score", score), ("grade", grade));
        }
    }
}
