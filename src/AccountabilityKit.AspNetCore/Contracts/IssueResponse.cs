using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.AspNetCore.Contracts;

/// <summary>
/// A kit <see cref="ValidationIssue"/> in a response: stable code, severity, JSON path of the offending value, message
/// id, typed arguments (as the kit's issue JSON writes them: <c>{"name","kind","value"}</c>, numbers as numbers), the
/// citation of the article it rests on, and the message rendered in the request's language.
/// </summary>
/// <param name="Code">The issue code (<c>AK047</c>, <c>CL012</c>, …), documented in the owning package's README.</param>
/// <param name="Severity">Error or warning, as code and label.</param>
/// <param name="Path">The JSON path of the offending value in the request body (<c>$.checklists[1].items[0].duty</c>).</param>
/// <param name="MessageId">The catalogue id of the message (<c>Package.Key</c>), for hosts that render their own words.</param>
/// <param name="Arguments">The message's typed arguments.</param>
/// <param name="Citation">The article the rule rests on (<c>ARR2019 Art. 6(2)</c>), or <see langword="null"/>.</param>
/// <param name="CitationLabel">The citation in the request's language (<c>问责条例第六条第二款</c>), or <see langword="null"/>.</param>
/// <param name="Message">The message in the request's language.</param>
public sealed record IssueResponse(
    string Code,
    CodeLabel Severity,
    string Path,
    string MessageId,
    ImmutableArray<MessageArgumentResponse> Arguments,
    string? Citation,
    string? CitationLabel,
    string Message)
{
    /// <summary>The contract of <paramref name="issue"/> in <paramref name="culture"/>.</summary>
    /// <param name="issue">The kit's issue.</param>
    /// <param name="culture">The response's language.</param>
    /// <returns>The contract.</returns>
    public static IssueResponse From(ValidationIssue issue, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(culture);
        var kitJson = JsonSerializer.SerializeToElement(issue, AccountabilityKitJson.TypeInfo<ValidationIssue>());
        var arguments = kitJson.GetProperty("arguments").EnumerateArray()
            .Select(static a => new MessageArgumentResponse(a.GetProperty("name").GetString()!, a.GetProperty("kind").GetString()!, a.GetProperty("value").Clone()))
            .ToImmutableArray();
        var english = string.Equals(Localization.MessageCatalog.Resolve(culture).Name, Localization.MessageCatalog.English.Name, StringComparison.Ordinal);
        return new IssueResponse(
            issue.Code,
            CodeLabel.Of(issue.Severity, culture),
            issue.Path,
            issue.MessageId,
            arguments,
            issue.Citation?.ToString(),
            issue.Citation is { } c ? (english ? c.ToString() : c.ToChineseString()) : null,
            issue.Render(culture));
    }

    /// <summary>The contracts of every issue of <paramref name="issues"/>.</summary>
    /// <param name="issues">The issues.</param>
    /// <param name="culture">The response's language.</param>
    /// <returns>The contracts, in order.</returns>
    public static ImmutableArray<IssueResponse> FromAll(IEnumerable<ValidationIssue> issues, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(issues);
        return [.. issues.Select(i => From(i, culture))];
    }
}
