using AccountabilityKit.Checklists.Templates;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Cli.Inputs;

/// <summary>Resolves <c>--template</c>: the id of a built-in template, or a template JSON file.</summary>
internal static class TemplateSource
{
    /// <summary>The built-in templates (2021: county-level committees 27/94, city departments 21/65).</summary>
    public static IReadOnlyList<ChecklistTemplate> BuiltIn { get; } = [BuiltInTemplates.CountyCommittee2021, BuiltInTemplates.CityDepartment2021];

    public static ChecklistTemplate Resolve(string value)
    {
        var builtIn = BuiltIn.FirstOrDefault(t => string.Equals(t.Id, value, StringComparison.OrdinalIgnoreCase));
        if (builtIn is not null)
        {
            return builtIn;
        }

        if (!File.Exists(value))
        {
            throw UsageException.Of(nameof(Messages.UsageTemplateUnknown), ("text", value), MessageArgument.List("builtIn", BuiltIn.Select(t => t.Id)));
        }

        var json = InputFiles.ReadText(value, nameof(Messages.FileKindTemplate));
        if (!ChecklistTemplateJson.TryLoad(json, out var template, out var report))
        {
            InputFiles.ThrowIfNotJson(report, value);
            throw new AccountabilityKit.Validation.ValidationFailedException(report.Under("template"));
        }

        return template;
    }

    /// <summary>Expands the given paths: files as they are, directories to their <c>*.json</c> files in name order.</summary>
    public static IReadOnlyList<string> ExpandFiles(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }
}
