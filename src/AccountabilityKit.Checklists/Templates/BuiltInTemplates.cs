namespace AccountabilityKit.Checklists.Templates;

/// <summary>
/// The templates shipped with the package, the shape every package's shipped defaults have: one static property per
/// default, loaded on first use through <see cref="ChecklistTemplateJson"/> (validated like any other document),
/// immutable and shared, plus <see cref="All"/>. The two 2021 reference templates are composed stand-ins with the real
/// counts: county-level Party committees (27 aspects, 94 duties) and city departments (21 aspects, 65 duties).
/// <see cref="ChecklistTemplateJson.Save(ChecklistTemplate)"/> gives a default's JSON document.
/// </summary>
public static class BuiltInTemplates
{
    private static readonly Lazy<ChecklistTemplate> LazyCounty = new(static () => Load("county-committee-2021.json"));
    private static readonly Lazy<ChecklistTemplate> LazyDepartment = new(static () => Load("city-department-2021.json"));

    /// <summary>The 2021 template for county-level Party committees (县（市、区）党委): 27 aspects, 94 duties.</summary>
    public static ChecklistTemplate CountyCommittee2021 => LazyCounty.Value;

    /// <summary>The 2021 template for city departments (市级部门党组（党委）): 21 aspects, 65 duties.</summary>
    public static ChecklistTemplate CityDepartment2021 => LazyDepartment.Value;

    /// <summary>Every shipped template, in the order of the properties above.</summary>
    public static IReadOnlyList<ChecklistTemplate> All => [CountyCommittee2021, CityDepartment2021];

    /// <summary>The JSON text of a shipped template as embedded, e.g. <c>county-committee-2021.json</c> (for tests).</summary>
    internal static string Json(string fileName) => ChecklistTemplateJson.ReadResource("AccountabilityKit.Checklists.Templates." + fileName);

    private static ChecklistTemplate Load(string fileName) => ChecklistTemplateJson.Load(Json(fileName));
}
