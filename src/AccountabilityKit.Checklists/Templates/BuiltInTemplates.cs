namespace AccountabilityKit.Checklists.Templates;

/// <summary>
/// The two 2021 reference templates shipped with the package (composed stand-ins with the real counts): county-level
/// Party committees (27 aspects, 94 duties) and city departments (21 aspects, 65 duties).
/// </summary>
public static class BuiltInTemplates
{
    private static readonly Lazy<ChecklistTemplate> LazyCounty = new(static () => Load("county-committee-2021.json"));
    private static readonly Lazy<ChecklistTemplate> LazyDepartment = new(static () => Load("city-department-2021.json"));

    /// <summary>The 2021 template for county-level Party committees (县（市、区）党委): 27 aspects, 94 duties.</summary>
    public static ChecklistTemplate CountyCommittee2021 => LazyCounty.Value;

    /// <summary>The 2021 template for city departments (市级部门党组（党委）): 21 aspects, 65 duties.</summary>
    public static ChecklistTemplate CityDepartment2021 => LazyDepartment.Value;

    /// <summary>The JSON text of a shipped template, e.g. <c>county-committee-2021.json</c>.</summary>
    /// <param name="fileName">The file name.</param>
    public static string Json(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return ChecklistTemplateJson.ReadResource("AccountabilityKit.Checklists.Templates." + fileName);
    }

    private static ChecklistTemplate Load(string fileName) => ChecklistTemplateJson.Load(Json(fileName));
}
