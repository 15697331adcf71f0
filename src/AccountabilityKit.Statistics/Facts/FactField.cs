using AccountabilityKit.Localization;

namespace AccountabilityKit.Statistics.Facts;

/// <summary>
/// A column of <see cref="AccountabilityFact"/>: the dimensions a request can group or filter by, and the numeric
/// fields it can sum. See <see cref="FactFields"/> for which is which.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<FactField>))]
public enum FactField
{
    /// <summary>The case id (dimension).</summary>
    [Label("案件", "Case")]
    Case = 0,

    /// <summary>The region (dimension).</summary>
    [Label("地区", "Region")]
    Region = 1,

    /// <summary>The unit of the subject (dimension).</summary>
    [Label("单位", "Unit")]
    Unit = 2,

    /// <summary>The kind of the unit (dimension).</summary>
    [Label("单位类别", "Unit kind")]
    UnitKind = 3,

    /// <summary>The year of the decision (dimension).</summary>
    [Label("年度", "Year")]
    Year = 4,

    /// <summary>The quarter of the decision (dimension).</summary>
    [Label("季度", "Quarter")]
    Quarter = 5,

    /// <summary>Party organisation or leading cadre (dimension).</summary>
    [Label("问责对象类别", "Subject kind")]
    SubjectKind = 6,

    /// <summary>The accountability form (dimension).</summary>
    [Label("问责方式", "Accountability form")]
    Form = 7,

    /// <summary>The organisational adjustment kind (dimension).</summary>
    [Label("组织处理方式", "Organisational adjustment")]
    Adjustment = 8,

    /// <summary>The disciplinary sanction (dimension).</summary>
    [Label("纪律处分", "Disciplinary sanction")]
    Sanction = 9,

    /// <summary>The leadership responsibility (dimension).</summary>
    [Label("领导责任", "Leadership responsibility")]
    Responsibility = 10,

    /// <summary>The primary circumstance of the case (dimension).</summary>
    [Label("问责情形", "Circumstance")]
    Circumstance = 11,

    /// <summary>Whether the case is a typical case circulated (dimension).</summary>
    [Label("典型案例", "Typical case")]
    Typical = 12,

    /// <summary>The notice batch the typical case was circulated in (dimension).</summary>
    [Label("通报批次", "Notice batch")]
    NoticeBatch = 13,

    /// <summary>The cadre held to account (dimension).</summary>
    [Label("干部", "Cadre")]
    Person = 14,

    /// <summary>1 on a leading-cadre entry, else 0: sums to person-times (numeric).</summary>
    [Label("人次", "Person-times")]
    Persons = 15,

    /// <summary>1 on a Party-organisation entry, else 0 (numeric).</summary>
    [Label("党组织问责次数", "Organisation entries")]
    Organizations = 16,

    /// <summary>1 on the first row of each case, else 0: sums to cases (numeric).</summary>
    [Label("问责案件数", "Cases")]
    Cases = 17,

    /// <summary>1 on the first row of each subject of each case, else 0: sums to subjects held to account (numeric).</summary>
    [Label("问责对象数", "Subjects held to account")]
    Subjects = 18,

    /// <summary>1 on the first row of each typical case, else 0: sums to typical cases (numeric).</summary>
    [Label("典型案例数", "Typical cases")]
    TypicalCases = 19,
}
