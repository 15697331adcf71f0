using System.Globalization;
using AccountabilityKit.Accountability.Cases;
using AccountabilityKit.Accountability.Responsibilities;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Statistics.Facts;
using AccountabilityKit.Time;

namespace AccountabilityKit.Statistics.Queryable;

/// <summary>
/// The GROUP BY key of a translated request: one property per dimension (named after its <see cref="FactField"/>),
/// of which only the grouped ones are set. A query provider translates it because the key is built as a member
/// initialisation (<c>new StatGroupKey { Region = f.Region, Year = f.Year }</c>); it is a query shape, not a result —
/// <see cref="QueryableStatExecutor.ToTable"/> turns it into immutable <see cref="Aggregation.StatRow"/>s. Keys compare
/// by value (every property), so in-memory providers (<c>AsQueryable()</c>) group as a database does.
/// </summary>
internal class StatGroupKey : IEquatable<StatGroupKey>
{
    /// <summary>The case id.</summary>
    public string? Case { get; init; }

    /// <summary>The region.</summary>
    public OrgUnitId? Region { get; init; }

    /// <summary>The unit.</summary>
    public OrgUnitId? Unit { get; init; }

    /// <summary>The unit kind.</summary>
    public UnitKind? UnitKind { get; init; }

    /// <summary>The year.</summary>
    public int? Year { get; init; }

    /// <summary>The quarter.</summary>
    public AssessmentQuarter? Quarter { get; init; }

    /// <summary>The subject kind.</summary>
    public SubjectKind? SubjectKind { get; init; }

    /// <summary>The accountability form.</summary>
    public AccountabilityForm? Form { get; init; }

    /// <summary>The organisational adjustment.</summary>
    public OrganizationalAdjustmentKind? Adjustment { get; init; }

    /// <summary>The disciplinary sanction.</summary>
    public DisciplinarySanction? Sanction { get; init; }

    /// <summary>The leadership responsibility.</summary>
    public LeadershipResponsibility? Responsibility { get; init; }

    /// <summary>The primary circumstance.</summary>
    public Circumstance? Circumstance { get; init; }

    /// <summary>The typical-case flag.</summary>
    public bool? Typical { get; init; }

    /// <summary>The notice batch.</summary>
    public string? NoticeBatch { get; init; }

    /// <summary>The cadre.</summary>
    public PersonId? Person { get; init; }

    /// <summary>The canonical text of a dimension of the key (as <see cref="FactValues.Text"/> gives it for a fact).</summary>
    /// <param name="dimension">A dimension.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not a dimension.</exception>
    public string? TextOf(FactField dimension) => dimension switch
    {
        FactField.Case => Case,
        FactField.Region => Region?.Value,
        FactField.Unit => Unit?.Value,
        FactField.UnitKind => UnitKind?.ToString(),
        FactField.Year => Year?.ToString(CultureInfo.InvariantCulture),
        FactField.Quarter => Quarter?.ToString(),
        FactField.SubjectKind => SubjectKind?.ToString(),
        FactField.Form => Form?.ToString(),
        FactField.Adjustment => Adjustment?.ToString(),
        FactField.Sanction => Sanction?.ToString(),
        FactField.Responsibility => Responsibility?.ToString(),
        FactField.Circumstance => Circumstance?.ToString(),
        FactField.Typical => Typical is { } typical ? (typical ? "true" : "false") : null,
        FactField.NoticeBatch => NoticeBatch,
        FactField.Person => Person?.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a dimension."),
    };

    /// <summary>Whether every dimension property of <paramref name="other"/> equals this one's.</summary>
    /// <param name="other">Another key.</param>
    public bool Equals(StatGroupKey? other) =>
        other is not null &&
        other.GetType() == GetType() &&
            string.Equals(Case, other.Case, StringComparison.Ordinal) &&
            Region == other.Region &&
            Unit == other.Unit &&
            UnitKind == other.UnitKind &&
            Year == other.Year &&
            Quarter == other.Quarter &&
            SubjectKind == other.SubjectKind &&
            Form == other.Form &&
            Adjustment == other.Adjustment &&
            Sanction == other.Sanction &&
            Responsibility == other.Responsibility &&
            Circumstance == other.Circumstance &&
            Typical == other.Typical &&
            string.Equals(NoticeBatch, other.NoticeBatch, StringComparison.Ordinal) &&
            Person == other.Person;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StatGroupKey);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Case);
        hash.Add(Region);
        hash.Add(Unit);
        hash.Add(UnitKind);
        hash.Add(Year);
        hash.Add(Quarter);
        hash.Add(SubjectKind);
        hash.Add(Form);
        hash.Add(Adjustment);
        hash.Add(Sanction);
        hash.Add(Responsibility);
        hash.Add(Circumstance);
        hash.Add(Typical);
        hash.Add(NoticeBatch);
        hash.Add(Person);
        return hash.ToHashCode();
    }
}
