using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;

namespace AccountabilityKit.Statistics.Facts;

/// <summary>
/// One flat row of accountability statistics: one form applied to one subject (Party organisation or leading
/// cadre) of one decided case. A case with two cadres, one given two forms, yields three rows. The marker fields
/// (<see cref="Cases"/>, <see cref="Subjects"/>, <see cref="TypicalCases"/>) are 1 on exactly one row of their
/// case or subject so that sums count cases and subjects rather than entries; see the README's counting rules.
/// </summary>
public sealed record AccountabilityFact
{
    /// <summary>The case id.</summary>
    public required string CaseId { get; init; }

    /// <summary>The region (the ancestor of <see cref="Unit"/> at the region depth of the projection).</summary>
    public required OrgUnitId Region { get; init; }

    /// <summary>The unit of the subject held to account.</summary>
    public required OrgUnitId Unit { get; init; }

    /// <summary>The kind of <see cref="Unit"/>.</summary>
    public required UnitKind UnitKind { get; init; }

    /// <summary>The quarter of the decision.</summary>
    public required AssessmentQuarter Quarter { get; init; }

    /// <summary>The year of the decision (the year of <see cref="Quarter"/>).</summary>
    public int Year => Quarter.Year.Value;

    /// <summary>Party organisation or leading cadre.</summary>
    public required SubjectKind SubjectKind { get; init; }

    /// <summary>The accountability form of this entry.</summary>
    public required AccountabilityForm Form { get; init; }

    /// <summary>The organisational adjustment given to the cadre, if any.</summary>
    public OrganizationalAdjustmentKind? Adjustment { get; init; }

    /// <summary>The disciplinary sanction given to the cadre, if any.</summary>
    public DisciplinarySanction? Sanction { get; init; }

    /// <summary>The cadre's leadership responsibility, if determined.</summary>
    public LeadershipResponsibility? Responsibility { get; init; }

    /// <summary>The case's primary (first listed) circumstance, if any.</summary>
    public Circumstance? Circumstance { get; init; }

    /// <summary>Whether the case is a typical case circulated (典型案例通报).</summary>
    public bool IsTypical { get; init; }

    /// <summary>The notice batch the typical case was circulated in, if any.</summary>
    public string? NoticeBatch { get; init; }

    /// <summary>The cadre held to account; <see langword="null"/> on an organisation entry.</summary>
    public PersonId? Person { get; init; }

    /// <summary>
    /// 1 on the leading-cadre entry of the cadre's heaviest form in the case, else 0 (sums to person-times, 人次: a cadre
    /// given several forms in one case counts once, under the heaviest; the same cadre in two cases counts twice). The
    /// per-entry tally of cadres is <c>Count</c> filtered to <see cref="SubjectKind.Cadre"/>.
    /// </summary>
    public int Persons { get; init; }

    /// <summary>1 on a Party-organisation entry, else 0.</summary>
    public int Organizations { get; init; }

    /// <summary>1 on the first row of the case, else 0 (sums to cases).</summary>
    public int Cases { get; init; }

    /// <summary>1 on the first row of each subject of the case, else 0 (sums to subjects held to account).</summary>
    public int Subjects { get; init; }

    /// <summary>1 on the first row of a typical case, else 0 (sums to typical cases).</summary>
    public int TypicalCases { get; init; }
}
