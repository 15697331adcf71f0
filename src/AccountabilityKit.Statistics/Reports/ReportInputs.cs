using AccountabilityKit.Validation;

namespace AccountabilityKit.Statistics.Reports;

/// <summary>Checks a report's input lists: a missing (null) item is a typed error (ST022) naming its path, e.g. <c>$.facts[3]</c>.</summary>
internal static class ReportInputs
{
    public static List<T> Materialize<T>(IEnumerable<T> items, string name)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, name);
        var list = items.ToList();
        var issues = new List<ValidationIssue>();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                issues.Add(ValidationIssue.Error(StatisticsIssueCodes.MissingItem, JsonPaths.Index(JsonPaths.Property(JsonPaths.Root, name), i),
                    $"Item {i} of '{name}' is missing (null)."));
            }
        }

        ValidationReport.From(issues).ThrowIfInvalid();
        return list;
    }
}
