using System.Collections.Frozen;
using System.Collections.Immutable;
using AccountabilityKit.Organization;
using AccountabilityKit.People;
using AccountabilityKit.Time;

namespace AccountabilityKit.Checklists.Templates;

/// <summary>
/// The yearly reference list issued from above (对照清单): aspects of duties, the unit kinds it applies to, and
/// optionally the lineage from last year's template. Immutable; load it with <see cref="ChecklistTemplateJson"/>
/// or <see cref="TemplateTableImporter"/>, which report every problem at once.
/// </summary>
public sealed class ChecklistTemplate
{
    private readonly FrozenDictionary<string, Duty> _duties;
    private readonly FrozenDictionary<string, Aspect> _aspectOfDuty;

    /// <summary>Creates a template (no validation: use the loaders for outside input).</summary>
    /// <param name="id">The id, e.g. <c>county-committee-2021</c>.</param>
    /// <param name="year">The year it takes effect.</param>
    /// <param name="version">The version within the year, from 1.</param>
    /// <param name="title">The title, zh-CN.</param>
    /// <param name="unitKinds">The unit kinds it applies to.</param>
    /// <param name="aspects">The aspects, in order.</param>
    /// <exception cref="ArgumentException">Two duties share a code.</exception>
    public ChecklistTemplate(string id, AssessmentYear year, int version, string title, IEnumerable<UnitKind> unitKinds, IEnumerable<Aspect> aspects)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(unitKinds);
        ArgumentNullException.ThrowIfNull(aspects);
        Id = id;
        Year = year;
        Version = version;
        Title = title;
        UnitKinds = [.. unitKinds.Distinct()];
        Aspects = [.. aspects];
        Duties = [.. Aspects.SelectMany(static a => a.Duties)];
        _duties = Duties.ToFrozenDictionary(static d => d.Code, StringComparer.Ordinal);
        _aspectOfDuty = Aspects.SelectMany(a => a.Duties.Select(d => (d.Code, a))).ToFrozenDictionary(static p => p.Code, static p => p.a, StringComparer.Ordinal);
    }

    // For persistence (AccountabilityKit.EntityFrameworkCore): EF Core binds constructor parameters to mapped properties
    // by name and exact type, so it needs the immutable-array shapes of the public constructor's sequences.
    private ChecklistTemplate(string id, AssessmentYear year, int version, string title, ImmutableArray<UnitKind> unitKinds, ImmutableArray<Aspect> aspects)
        : this(id, year, version, title, (IEnumerable<UnitKind>)unitKinds, aspects)
    {
    }

    /// <summary>The id, e.g. <c>county-committee-2021</c>.</summary>
    public string Id { get; }

    /// <summary>The year it takes effect.</summary>
    public AssessmentYear Year { get; }

    /// <summary>The version within the year, from 1.</summary>
    public int Version { get; }

    /// <summary>The title, zh-CN.</summary>
    public string Title { get; }

    /// <summary>The unit kinds it applies to.</summary>
    public ImmutableArray<UnitKind> UnitKinds { get; }

    /// <summary>The aspects, in order.</summary>
    public ImmutableArray<Aspect> Aspects { get; }

    /// <summary>Every duty of every aspect, in order.</summary>
    public ImmutableArray<Duty> Duties { get; }

    /// <summary>The id of last year's template this one continues, when it declares lineage.</summary>
    public string? PreviousTemplateId { get; init; }

    /// <summary>Codes of last year's duties that this template withdraws (no longer a duty).</summary>
    public ImmutableArray<string> WithdrawnDutyCodes { get; init; } = [];

    /// <summary>The duty with <paramref name="code"/>, or null.</summary>
    /// <param name="code">A duty code.</param>
    public Duty? FindDuty(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _duties.GetValueOrDefault(code);
    }

    /// <summary>The aspect holding the duty with <paramref name="code"/>, or null.</summary>
    /// <param name="code">A duty code.</param>
    public Aspect? AspectOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _aspectOfDuty.GetValueOrDefault(code);
    }

    /// <summary>The duties that apply to any of <paramref name="roles"/>, in order.</summary>
    /// <param name="roles">Duty roles, e.g. from <see cref="RolesOf"/>.</param>
    public IEnumerable<Duty> DutiesFor(IReadOnlyCollection<DutyRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return Duties.Where(d => d.Roles.Any(roles.Contains));
    }

    /// <summary>
    /// The duty roles an owner answers for: a team list answers for <see cref="DutyRole.Team"/>; a secretary for
    /// <see cref="DutyRole.Secretary"/> and <see cref="DutyRole.Member"/>; a discipline secretary for
    /// <see cref="DutyRole.DisciplineSecretary"/> and <see cref="DutyRole.Member"/>; every other member for
    /// <see cref="DutyRole.Member"/>.
    /// </summary>
    /// <param name="cadreRole">The member's role, or null for the team's own list.</param>
    public static IReadOnlyList<DutyRole> RolesOf(CadreRole? cadreRole) => cadreRole switch
    {
        null => [DutyRole.Team],
        CadreRole.Secretary => [DutyRole.Secretary, DutyRole.Member],
        CadreRole.DisciplineSecretary => [DutyRole.DisciplineSecretary, DutyRole.Member],
        _ => [DutyRole.Member],
    };
}
