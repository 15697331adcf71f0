using AccountabilityKit.Localization;

namespace AccountabilityKit.Assessment.Inspections;

/// <summary>The four bodies that staff a "4+1" inspection team (督查小组).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<InspectionBody>))]
public enum InspectionBody
{
    /// <summary>The discipline commission (纪委监委).</summary>
    [Label("纪委监委", "Discipline commission")]
    DisciplineCommission,

    /// <summary>The organisation department (组织部).</summary>
    [Label("组织部", "Organisation department")]
    OrganizationDepartment,

    /// <summary>The propaganda department (宣传部).</summary>
    [Label("宣传部", "Propaganda department")]
    PropagandaDepartment,

    /// <summary>The city organs' work committee (市直机关工委).</summary>
    [Label("市直机关工委", "City organs' work committee")]
    CityOrgansWorkCommittee,
}
