using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Organization;
using AccountabilityKit.Time;

namespace AccountabilityKit.Checklists.Tests;

/// <summary>Test data files and the repository root (for approved files such as the JSON Schema).</summary>
internal static class TestFiles
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AccountabilityKit.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
        }
    }

    public static string PackageFile(string relative) => Path.Combine(RepositoryRoot, "src", "AccountabilityKit.Checklists", relative);

    /// <summary>Set AK_REGENERATE=1 to rewrite approved files instead of comparing them.</summary>
    public static bool Regenerate => Environment.GetEnvironmentVariable("AK_REGENERATE") == "1";

    public static ChecklistTemplate ImportCounty() => TemplateTableImporter.Import(
        Read("county-committee-2021.tsv"), "county-committee-2021", new AssessmentYear(2021), "2021年县（市、区）党委落实全面从严治党主体责任对照清单", [UnitKind.County]);

    public static ChecklistTemplate ImportDepartment() => TemplateTableImporter.Import(
        Read("city-department-2021.tsv"), "city-department-2021", new AssessmentYear(2021), "2021年市级部门党组（党委）落实全面从严治党主体责任对照清单", [UnitKind.CityDepartment]);
}
