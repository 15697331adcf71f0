using AccountabilityKit.Localization;

namespace AccountabilityKit.Assessment.Scoring;

/// <summary>What a score line accounts for. Lines appear in this order on a card.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<ScoreLineKind>))]
public enum ScoreLineKind
{
    /// <summary>The base score.</summary>
    [Label("基础分", "Base score")]
    Base,

    /// <summary>A finding's deduction (escalated if repeated).</summary>
    [Label("扣分", "Deduction")]
    Deduction,

    /// <summary>Points given back because a category reached its cap.</summary>
    [Label("扣分封顶", "Category cap")]
    CategoryCap,

    /// <summary>A deduction for a rectification that missed its deadline.</summary>
    [Label("逾期整改扣分", "Overdue rectification")]
    Overdue,

    /// <summary>Points given back because overdue deductions reached their cap.</summary>
    [Label("逾期扣分封顶", "Overdue cap")]
    OverdueCap,

    /// <summary>Points given back because the score fell below the floor.</summary>
    [Label("保底分", "Floor")]
    Floor,

    /// <summary>A bonus.</summary>
    [Label("加分", "Bonus")]
    Bonus,

    /// <summary>Points taken back because a bonus item or all bonuses reached their cap.</summary>
    [Label("加分封顶", "Bonus cap")]
    BonusCap,

    /// <summary>The rounding difference.</summary>
    [Label("四舍五入", "Rounding")]
    Rounding,
}
