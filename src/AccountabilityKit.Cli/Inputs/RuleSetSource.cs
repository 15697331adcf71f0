using AccountabilityKit.Assessment.Rules;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Cli.Inputs;

/// <summary>Resolves <c>--rules</c>: a rule-set JSON file, or the name of a shipped example (county-level, city-departments).</summary>
internal static class RuleSetSource
{
    public static readonly IReadOnlyDictionary<string, ScoringRuleSet> Examples = new Dictionary<string, ScoringRuleSet>(StringComparer.OrdinalIgnoreCase)
    {
        ["county-level"] = BuiltInRuleSets.CountyLevel2026,
        ["city-departments"] = BuiltInRuleSets.CityDepartments2026,
    };

    /// <summary>Loads a rule set; its problems are returned in <paramref name="report"/> (exit 1), an unreadable file is a usage error.</summary>
    public static ScoringRuleSet? Load(string value, out ValidationReport report)
    {
        if (Examples.TryGetValue(value, out var example) && !File.Exists(value))
        {
            report = ValidationReport.Empty;
            return example;
        }

        var json = InputFiles.ReadText(value, nameof(Messages.FileKindRuleSet));
        if (!ScoringRuleSetJson.TryLoad(json, out var ruleSet, out report))
        {
            InputFiles.ThrowIfNotJson(report, value);
            return null;
        }

        return ruleSet;
    }

    /// <summary>
    /// A shipped example rule set re-dated to other years: the same rules with <c>effectiveFrom</c>/<c>effectiveTo</c>
    /// set to the first and last quarter of the given years (the examples ship for 2026).
    /// </summary>
    public static string RedatedExampleJson(ScoringRuleSet example, int firstYear, int lastYear)
    {
        var json = ScoringRuleSetJson.Save(example);
        var node = System.Text.Json.Nodes.JsonNode.Parse(json, documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!.AsObject();
        node["effectiveFrom"] = $"{firstYear}Q1";
        node["effectiveTo"] = $"{lastYear}Q4";
        node["version"] = node["version"]!.GetValue<string>() + "-redated";
        var years = firstYear == lastYear ? $"{firstYear}" : $"{firstYear}–{lastYear}";
        node["name"] = node["name"]!.GetValue<string>().Replace("2026", years, StringComparison.Ordinal);
        return node.ToJsonString(CliJsonContext.Strict);
    }
}
