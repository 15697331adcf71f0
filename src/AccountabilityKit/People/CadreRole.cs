using AccountabilityKit.Localization;

namespace AccountabilityKit.People;

/// <summary>
/// The role a cadre holds in a unit's leadership team (领导班子). Checklist duties and accountability
/// responsibilities depend on it.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<CadreRole>))]
public enum CadreRole
{
    /// <summary>Secretary of the Party committee or Party group (党委（党组）书记): the principal leader, first responsible person (第一责任人).</summary>
    [Label("党委（党组）书记", "Secretary")]
    Secretary = 0,

    /// <summary>Deputy secretary (副书记), e.g. the county head or department director.</summary>
    [Label("副书记", "Deputy secretary")]
    DeputySecretary = 1,

    /// <summary>Secretary of the discipline commission, or head of the resident discipline inspection group (纪委书记 / 纪检监察组组长).</summary>
    [Label("纪委书记（纪检监察组组长）", "Discipline secretary")]
    DisciplineSecretary = 2,

    /// <summary>Head of the organisation department (组织部部长), a team member with cadre-management duties.</summary>
    [Label("组织部部长", "Organisation department head")]
    OrganizationDepartmentHead = 3,

    /// <summary>Any other member of the leadership team (班子成员), who bears "one post, two duties" (一岗双责).</summary>
    [Label("班子成员", "Team member")]
    TeamMember = 4,
}
