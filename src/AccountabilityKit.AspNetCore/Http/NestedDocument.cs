using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using AccountabilityKit.Localization;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;
using Microsoft.AspNetCore.Http;

namespace AccountabilityKit.AspNetCore.Http;

/// <summary>
/// One of the kit's published documents (template, checklist, rule set, case, regulation pack, org units …) carried
/// verbatim in a property of a request: it is read by the loader of the package that owns the format, within the
/// configured limits, and its issues are located under the property's path (<c>$.ruleSets[1].items[0].points</c>).
/// Every computation endpoint reads nested documents this way, so a document posted to the service is read exactly as
/// <c>…Json.TryLoad</c> reads it in process.
/// </summary>
internal static class NestedDocument
{
    /// <summary>A package loader: <c>ChecklistTemplateJson.TryLoad</c>, <c>ScoringRuleSetJson.TryLoad</c>, ….</summary>
    public delegate bool TryLoader<T>(string json, DocumentLimits? limits, [NotNullWhen(true)] out T? value, out ValidationReport report);

    /// <summary>
    /// Loads the document at <paramref name="path"/>; every issue (warnings too) is added to <paramref name="issues"/>
    /// under that path. False when the element is missing, not an object, or the document is invalid.
    /// </summary>
    /// <param name="context">The request (for the limits).</param>
    /// <param name="element">The property's value.</param>
    /// <param name="path">Its JSON path in the request (<c>$.template</c>, <c>$.ruleSets[1]</c>).</param>
    /// <param name="format">The format's name for the message (<c>ChecklistTemplate</c>).</param>
    /// <param name="load">The package's loader.</param>
    /// <param name="issues">Where the issues go.</param>
    /// <param name="value">The document when true.</param>
    public static bool TryLoad<T>(HttpContext context, JsonElement element, string path, string format, TryLoader<T> load, ICollection<ValidationIssue> issues, [NotNullWhen(true)] out T? value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(issues);
        value = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            issues.Add(element.ValueKind == JsonValueKind.Undefined
                ? Missing(path)
                : ValidationIssue.Error(
                    HttpIssueCodes.DocumentExpected,
                    path,
                    Catalog.Of(nameof(Messages.DocumentExpected), MessageArgument.Text("format", format), MessageArgument.Text("kind", KindName(element.ValueKind)))));
            return false;
        }

        var ok = load(element.GetRawText(), HttpBody.LimitsOf(context), out value, out var report);
        foreach (var issue in report.Issues)
        {
            issues.Add(issue.Under(path));
        }

        return ok && value is not null;
    }

    /// <summary>The issue of a required request property that is missing (<see cref="HttpIssueCodes.PropertyMissing"/>).</summary>
    /// <param name="path">The property's path (<c>$.quarter</c>).</param>
    public static ValidationIssue Missing(string path) =>
        ValidationIssue.Error(HttpIssueCodes.PropertyMissing, path, Catalog.Of(nameof(Messages.PropertyMissing), MessageArgument.Text("property", path)));

    /// <summary>Throws <see cref="ValidationFailedException"/> when <paramref name="issues"/> hold an error.</summary>
    /// <param name="issues">The issues gathered while reading a request.</param>
    public static void ThrowIfErrors(IEnumerable<ValidationIssue> issues)
    {
        var report = ValidationReport.From(issues);
        if (!report.IsValid)
        {
            throw new ValidationFailedException(report);
        }
    }

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "object",
    };
}
