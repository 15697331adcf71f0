using AccountabilityKit.Localization;
using AccountabilityKit.Organization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.People;

/// <summary>A leading cadre (领导干部): a person holding a <see cref="CadreRole"/> in a unit's leadership team.</summary>
public sealed record Cadre
{
    /// <summary>Creates a cadre.</summary>
    /// <param name="id">The person's id.</param>
    /// <param name="name">The person's name; not blank.</param>
    /// <param name="unit">The unit whose leadership team the person belongs to.</param>
    /// <param name="role">The role in that team.</param>
    /// <param name="position">The post title (职务), e.g. <c>副县长</c>; optional.</param>
    /// <exception cref="ValidationFailedException">The name is blank (<c>AK002</c>), the role undefined (<c>AK003</c>) or an id is default (<c>AK001</c>).</exception>
    public Cadre(PersonId id, string name, OrgUnitId unit, CadreRole role, string? position = null)
    {
        var issues = new List<ValidationIssue>();
        if (id == default)
        {
            issues.Add(ValidationIssue.Error(VocabularyIssueCodes.InvalidIdentifier, nameof(id), Catalog.Of(nameof(Messages.PersonIdMissing))));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            issues.Add(ValidationIssue.Error(VocabularyIssueCodes.EmptyName, nameof(name), Catalog.Of(nameof(Messages.CadreNameEmpty))));
        }

        if (unit == default)
        {
            issues.Add(ValidationIssue.Error(VocabularyIssueCodes.InvalidIdentifier, nameof(unit), Catalog.Of(nameof(Messages.UnitIdMissing))));
        }

        if (!Enum.IsDefined(role))
        {
            issues.Add(ValidationIssue.Error(VocabularyIssueCodes.UndefinedEnumValue, nameof(role), Catalog.Of(nameof(Messages.UndefinedEnumValue), ("value", (int)role), ("type", Catalog.Of(nameof(Messages.TypeCadreRole))))));
        }

        ValidationReport.From(issues).ThrowIfInvalid();
        Id = id;
        Name = name;
        Unit = unit;
        Role = role;
        Position = string.IsNullOrWhiteSpace(position) ? null : position;
    }

    /// <summary>The person's id.</summary>
    public PersonId Id { get; }

    /// <summary>The person's name.</summary>
    public string Name { get; }

    /// <summary>The unit whose leadership team the person belongs to.</summary>
    public OrgUnitId Unit { get; }

    /// <summary>The role in that team.</summary>
    public CadreRole Role { get; }

    /// <summary>The post title (职务), if known.</summary>
    public string? Position { get; }

    /// <summary>True for the principal leader (一把手): the secretary of the Party committee or group.</summary>
    public bool IsPrincipalLeader => Role == CadreRole.Secretary;
}
