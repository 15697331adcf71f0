using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using AccountabilityKit.Citations;
using AccountabilityKit.Localization;
using AccountabilityKit.Serialization;

namespace AccountabilityKit.Validation;

/// <summary>
/// One problem found in an input: a stable <see cref="Code"/> (documented in the package README), a
/// <see cref="Severity"/>, a JSON-path-like <see cref="Path"/> to the offending value, the structured
/// <see cref="Text"/> (message id and typed arguments), and the <see cref="Citation"/> of the article the rule rests
/// on, when it rests on one. <see cref="Message"/> is the text rendered in the current UI culture (zh-CN by default).
/// </summary>
[JsonConverter(typeof(ValidationIssueJsonConverter))]
public sealed partial record ValidationIssue
{
    /// <summary>Creates an issue.</summary>
    /// <param name="code">A stable code: two to four capital letters and three digits, e.g. <c>AK010</c> or <c>CL001</c>.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="path">Where it is: a JSON path such as <c>$.units[3].parentId</c>, or a parameter name.</param>
    /// <param name="text">What is wrong, as a catalogue message.</param>
    /// <param name="citation">The article the rule rests on, if any.</param>
    /// <exception cref="ArgumentException">The code is not of the documented shape.</exception>
    public ValidationIssue(string code, IssueSeverity severity, string path, Message text, Citation? citation = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        if (!CodePattern().IsMatch(code))
        {
            throw new ArgumentException($"Issue code '{code}' must be 2–4 capital letters followed by 3 digits.", nameof(code));
        }

        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Undefined severity.");
        }

        Code = code;
        Severity = severity;
        Path = path;
        Text = text;
        Citation = citation;
    }

    /// <summary>The stable code, e.g. <c>AK010</c>.</summary>
    public string Code { get; }

    /// <summary>How serious the issue is.</summary>
    public IssueSeverity Severity { get; }

    /// <summary>Where the issue is (JSON path, or a parameter name for in-code construction).</summary>
    public string Path { get; }

    /// <summary>What is wrong, as data: the message id and its typed arguments.</summary>
    public Message Text { get; }

    /// <summary>The message id, e.g. <c>Checklists.MandatoryDutyMissing</c> (same as <c>Text.Id</c>).</summary>
    public string MessageId => Text.Id;

    /// <summary>The named, typed arguments of the message (same as <c>Text.Arguments</c>).</summary>
    public ImmutableArray<MessageArgument> Arguments => Text.Arguments;

    /// <summary>The article the rule rests on, when it rests on one.</summary>
    public Citation? Citation { get; }

    /// <summary>What is wrong, rendered in <see cref="CultureInfo.CurrentUICulture"/> (zh-CN unless it is an English culture).</summary>
    public string Message => Text.Render();

    /// <summary>Creates an error.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="path">Where the problem is.</param>
    /// <param name="text">What is wrong.</param>
    /// <param name="citation">The article the rule rests on, if any.</param>
    public static ValidationIssue Error(string code, string path, Message text, Citation? citation = null) =>
        new(code, IssueSeverity.Error, path, text, citation);

    /// <summary>Creates a warning.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="path">Where the problem is.</param>
    /// <param name="text">What is wrong.</param>
    /// <param name="citation">The article the rule rests on, if any.</param>
    public static ValidationIssue Warning(string code, string path, Message text, Citation? citation = null) =>
        new(code, IssueSeverity.Warning, path, text, citation);

    /// <summary>What is wrong, rendered in <paramref name="culture"/> (see <see cref="Localization.Message.Render"/>).</summary>
    /// <param name="culture">The culture; null for the current UI culture.</param>
    public string Render(CultureInfo? culture) => Text.Render(culture);

    /// <summary>The same issue located under <paramref name="prefix"/> (e.g. <c>$.units[3]</c> + <c>name</c>).</summary>
    /// <param name="prefix">The path of the enclosing value.</param>
    public ValidationIssue Under(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return new ValidationIssue(Code, Severity, JsonPaths.Combine(prefix, Path), Text, Citation);
    }

    /// <summary>The same issue with <paramref name="citation"/> as the article it rests on.</summary>
    /// <param name="citation">The citation.</param>
    public ValidationIssue WithCitation(Citation? citation) => new(Code, Severity, Path, Text, citation);

    /// <summary>
    /// Formats the issue as <c>AK010 错误 $.units[3].id：message</c> (zh-CN) or <c>AK010 error at $.units[3].id: message</c>
    /// (English), in <paramref name="culture"/>; the citation follows when there is one.
    /// </summary>
    /// <param name="culture">The culture; null for the current UI culture.</param>
    public string ToString(CultureInfo? culture)
    {
        var english = MessageCatalog.IsEnglish(culture ?? CultureInfo.CurrentUICulture);
        var where = Path.Length == 0 ? JsonPaths.Root : Path;
        var cited = Citation is { } c ? (english ? $" ({c})" : $"（{c.ToChineseString()}）") : string.Empty;
        return english
            ? $"{Code} {Severity.ToString().ToLowerInvariant()} at {where}: {Text.Render(MessageCatalog.English)}{cited}"
            : $"{Code} {Labels.ZhCn(Severity)} {where}：{Text.Render(MessageCatalog.Chinese)}{cited}";
    }

    /// <summary>The issue in the current UI culture (see <see cref="ToString(CultureInfo?)"/>).</summary>
    public override string ToString() => ToString(null);

    [GeneratedRegex("^[A-Z]{2,4}[0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
