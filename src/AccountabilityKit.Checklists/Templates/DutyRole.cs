using AccountabilityKit.Localization;

namespace AccountabilityKit.Checklists.Templates;

/// <summary>Whom a template duty applies to. In JSON: <c>team</c>, <c>secretary</c>, <c>member</c>, <c>disciplineSecretary</c>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<DutyRole>))]
public enum DutyRole
{
    /// <summary>The leadership team as a collective (领导班子).</summary>
    [Label("领导班子", "Leadership team")]
    Team = 0,

    /// <summary>The secretary, first responsible person (第一责任人).</summary>
    [Label("书记（第一责任人）", "Secretary")]
    Secretary = 1,

    /// <summary>A team member under "one post, two duties" (一岗双责).</summary>
    [Label("班子成员（一岗双责）", "Team member")]
    Member = 2,

    /// <summary>The discipline secretary (纪委书记): supervisory responsibility and assisting duty.</summary>
    [Label("纪委书记", "Discipline secretary")]
    DisciplineSecretary = 3,
}
