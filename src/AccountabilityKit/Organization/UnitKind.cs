using AccountabilityKit.Localization;

namespace AccountabilityKit.Organization;

/// <summary>The kind of an organisational unit, which decides which checklist template and which scoring group apply to it.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(AccountabilityKit.Serialization.CamelCaseEnumConverter<UnitKind>))]
public enum UnitKind
{
    /// <summary>A province-level Party committee (省委).</summary>
    [Label("省", "Province")]
    Province = 0,

    /// <summary>A city-level Party committee (市委), usually the root of a city's tree.</summary>
    [Label("市", "City")]
    City = 1,

    /// <summary>A county-level region (县（市、区）) and its Party committee.</summary>
    [Label("县（市、区）", "County")]
    County = 2,

    /// <summary>A city-level department or organ (市级部门 / 市级机关), led by a Party group or committee.</summary>
    [Label("市级部门", "City department")]
    CityDepartment = 3,

    /// <summary>A county-level department (县级部门).</summary>
    [Label("县级部门", "County department")]
    CountyDepartment = 4,

    /// <summary>A sub-county unit: town, township or sub-district (区镇 / 街道 / 乡镇).</summary>
    [Label("乡镇（街道）", "Township")]
    Township = 5,

    /// <summary>A state-owned enterprise owned by the city (市属国有企业).</summary>
    [Label("市属国有企业", "State-owned enterprise")]
    StateOwnedEnterprise = 6,

    /// <summary>A public institution (事业单位): school, hospital, research institute.</summary>
    [Label("事业单位", "Public institution")]
    PublicInstitution = 7,

    /// <summary>A village or residential community (村（社区）).</summary>
    [Label("村（社区）", "Village or community")]
    Village = 8,

    /// <summary>Any other unit.</summary>
    [Label("其他", "Other")]
    Other = 9,
}
