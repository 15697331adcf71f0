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
        var issues = new ValidationReportBuilder();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                issues.At(name, i).Error(StatisticsIssueCodes.MissingItem, string.Empty, Catalog.Of(nameof(Messages.ItemMissing), ("index", i), ("list", name)));
            }
        }

        issues.Build().ThrowIfInvalid();
        return list;
    }
}
