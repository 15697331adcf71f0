using AccountabilityKit.Validation;
using Microsoft.Extensions.Options;

namespace AccountabilityKit.Hosting;

/// <summary>
/// Collects the errors a kit options validator finds, each prefixed with the source it came from (a file path,
/// <c>ruleSetJson[0]</c>, an option name) and rendered with its kit issue code and path, e.g.
/// <c>rules.json：AS013 错误 $.categories[1].cap：…</c>; <see cref="Result"/> turns them into the options system's result.
/// </summary>
internal sealed class OptionsFailures
{
    private readonly List<string> _failures = [];

    public void Add(string source, ValidationReport report)
    {
        foreach (var issue in report.Errors)
        {
            _failures.Add(Catalog.Of(nameof(Messages.SourceIssue), ("source", source), ("issue", issue.ToString(null))).Render(null));
        }
    }

    public ValidateOptionsResult Result => _failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_failures);

    /// <summary>The issue of an option left null (<c>HO002</c>).</summary>
    public static ValidationReport Missing(string option) =>
        new ValidationReportBuilder().Error(HostingIssueCodes.OptionMissing, option, Catalog.Of(nameof(Messages.OptionMissing), ("option", option))).Build();
}
