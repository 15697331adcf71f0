using AccountabilityKit.Localization;

namespace AccountabilityKit.Assessment.Rules;

/// <summary>The example rule sets shipped in the package (also under <c>src/AccountabilityKit.Assessment/Examples/</c>).</summary>
public enum ExampleRuleSet
{
    /// <summary>County-level Party committees (县（市、区）委), grades 好/较好/一般/差.</summary>
    [Label("县（市、区）示例规则", "County-level example")]
    CountyLevel,

    /// <summary>City departments (市级部门), grades 优秀/良好/合格/不合格.</summary>
    [Label("市级部门示例规则", "City departments example")]
    CityDepartments,
}
