namespace AccountabilityKit.Organization;

/// <summary>
/// One organisational unit as the host system lists it. Its parent is given by id; <see cref="OrgTree.Build"/>
/// checks the whole list (names, ids, parents) and reports every problem at once.
/// </summary>
/// <param name="Id">The unit's id.</param>
/// <param name="Name">The unit's name, e.g. <c>如皋市委</c>.</param>
/// <param name="Kind">The kind of unit.</param>
/// <param name="ParentId">The parent unit's id, or null for the root.</param>
public sealed record OrgUnit(OrgUnitId Id, string Name, UnitKind Kind, OrgUnitId? ParentId = null)
{
    /// <summary>The unit's name, e.g. <c>如皋市委</c>.</summary>
    public string Name { get; init; } = Name ?? throw new ArgumentNullException(nameof(Name));
}
