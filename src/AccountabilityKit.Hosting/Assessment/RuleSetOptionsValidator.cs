using AccountabilityKit.Assessment.Rules;
using Microsoft.Extensions.Options;

namespace AccountabilityKit.Hosting;

/// <summary>Checks at start that every configured rule set can be read and is valid (its <c>AS…</c>/<c>AK…</c> issues, or <c>HO001</c>).</summary>
internal sealed class RuleSetOptionsValidator : IValidateOptions<RuleSetOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, RuleSetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new OptionsFailures();
        for (var i = 0; i < options.RuleSetJson.Count; i++)
        {
            if (!ScoringRuleSetJson.TryLoad(options.RuleSetJson[i] ?? string.Empty, out _, out var report))
            {
                failures.Add($"ruleSetJson[{i}]", report);
            }
        }

        foreach (var file in options.RuleSetFiles)
        {
            if (!SourceFiles.TryRead(file, out var json, out var unreadable))
            {
                failures.Add(file, unreadable);
            }
            else if (!ScoringRuleSetJson.TryLoad(json, out _, out var report))
            {
                failures.Add(file, report);
            }
        }

        return failures.Result;
    }
}
