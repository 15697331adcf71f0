namespace AccountabilityKit.Assessment;

/// <summary>The stable issue codes (prefix <c>AS</c>) reported by the assessment package; documented in its README.</summary>
public static class AssessmentIssueCodes
{
    /// <summary>A finding lacks a required text (id, category code or description) or its unit, or a scoring input holds a null finding.</summary>
    public const string InvalidFinding = "AS001";

    /// <summary>An inspection team does not have the "4+1" composition: a member of each of the four bodies and a conduct supervisor.</summary>
    public const string InvalidTeamComposition = "AS003";

    /// <summary>A person appears twice in one inspection team, or a team id is empty or repeated in a round.</summary>
    public const string DuplicateTeamMember = "AS004";

    /// <summary>A rule set's id, version or name, or an item's id or name, is empty.</summary>
    public const string EmptyRuleText = "AS010";

    /// <summary>A rule set's effective period ends before it starts.</summary>
    public const string InvalidEffectivePeriod = "AS011";

    /// <summary>Two items of one list (unit groups, categories, bonuses, vetoes, grade bands) share an id or grade.</summary>
    public const string DuplicateRuleItem = "AS012";

    /// <summary>A cap, deduction, bonus, base score or floor is negative.</summary>
    public const string NegativeValue = "AS013";

    /// <summary>The floor is above the base score.</summary>
    public const string FloorAboveBase = "AS014";

    /// <summary>The rounding's decimals are outside 0..4, or the base score, floor, bonus cap or a band bound has more decimals than the rounding keeps.</summary>
    public const string InvalidRounding = "AS015";

    /// <summary>The repeat escalation factor is below 1.</summary>
    public const string InvalidRepeatFactor = "AS016";

    /// <summary>
    /// A number of the rule set is outside its documented range, checked before any arithmetic on it: points 0..1,000,000,
    /// grade-band bounds −10,000,000..10,000,000, weights 0..1, repeat factor 1..100, follow-up days 0..3,660.
    /// </summary>
    public const string ValueOutOfRange = "AS017";

    /// <summary>Two grade bands overlap (example: 好 from 90, 较好 from 80 below 91).</summary>
    public const string OverlappingGradeBands = "AS020";

    /// <summary>Two grade bands leave a gap (example: 较好 below 89, 好 from 90), or the lowest band starts above the floor.</summary>
    public const string GappedGradeBands = "AS021";

    /// <summary>A grade band is empty (its minimum is not below its maximum), or a band other than the top one has no maximum, or there are no bands.</summary>
    public const string InvalidGradeBand = "AS022";

    /// <summary>A grade band's quota is not a share in (0, 1].</summary>
    public const string InvalidQuota = "AS023";

    /// <summary>A veto names a category the rule set does not define.</summary>
    public const string UnknownVetoCategory = "AS030";

    /// <summary>A veto lists neither categories nor events.</summary>
    public const string EmptyVeto = "AS031";

    /// <summary>A rule set has no unit group, a unit group lists no unit kinds, or a unit kind belongs to two groups.</summary>
    public const string InvalidUnitGroup = "AS032";

    /// <summary>Weights do not sum to 1 (the four quarter weights, or routine plus year-end), or there are not four quarter weights, or a weight is negative.</summary>
    public const string InvalidWeights = "AS040";

    /// <summary>A scored unit or a finding's unit is not in the org tree.</summary>
    public const string UnknownUnit = "AS050";

    /// <summary>A finding's unit is neither the scored unit nor one of its subordinate units.</summary>
    public const string FindingOutsideUnit = "AS051";

    /// <summary>The scored quarter lies outside the rule set's effective period.</summary>
    public const string QuarterOutsidePeriod = "AS052";

    /// <summary>A finding belongs to another quarter than the one scored (or, for previous-quarter findings, than the quarter before).</summary>
    public const string FindingQuarterMismatch = "AS053";

    /// <summary>A finding's category code is not defined by the rule set.</summary>
    public const string UnknownCategory = "AS054";

    /// <summary>A bonus claim names a bonus the rule set does not define, or claims a count below 1.</summary>
    public const string InvalidBonusClaim = "AS055";

    /// <summary>The scored unit's kind belongs to no unit group of the rule set.</summary>
    public const string UnitNotInGroup = "AS056";

    /// <summary>Two findings share an id.</summary>
    public const string DuplicateFinding = "AS057";

    /// <summary>A veto event code is not listed by any veto of the rule set.</summary>
    public const string UnknownVetoEvent = "AS058";

    /// <summary>An annual roll-up got a card of another unit, year or rule set, or two cards of one quarter.</summary>
    public const string ForeignScoreCard = "AS060";

    /// <summary>An annual roll-up misses a quarter under the <c>reject</c> policy, or has no quarter at all under <c>reweight</c>.</summary>
    public const string MissingQuarter = "AS061";

    /// <summary>A year-end assessment score is negative.</summary>
    public const string InvalidYearEndScore = "AS062";

    /// <summary>A ranking got two cards of one unit, cards of different periods, or cards of another rule set.</summary>
    public const string InvalidRankingInput = "AS070";

    /// <summary>The follow-up escalation policy is invalid: a negative number of overdue days, or no source for letters to the leader in charge.</summary>
    public const string InvalidEscalationPolicy = "AS080";
}
