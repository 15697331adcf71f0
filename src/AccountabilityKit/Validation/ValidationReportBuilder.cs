using AccountabilityKit.Citations;
using AccountabilityKit.Localization;

namespace AccountabilityKit.Validation;

/// <summary>
/// The one way validators of the kit collect issues: paths are written relative to the builder's scope
/// (<c>Under("categories[2]")</c>), messages come from a <see cref="MessageCatalog"/>, and <see cref="Build"/> gives the
/// immutable <see cref="ValidationReport"/>. Scopes share one list, so issues keep the order they were found in.
/// </summary>
/// <example><code>
/// var issues = new ValidationReportBuilder();
/// var category = issues.Under(JsonPaths.Index("categories", 2));
/// category.Error("AS012", "name", message);      // path $.categories[2].name
/// return issues.Build();
/// </code></example>
public sealed class ValidationReportBuilder
{
    private readonly List<ValidationIssue> _issues;

    /// <summary>Creates a builder whose scope is <paramref name="root"/> (the document root <c>$</c> by default).</summary>
    /// <param name="root">The path every relative path is under.</param>
    public ValidationReportBuilder(string root = JsonPaths.Root)
        : this([], root)
    {
    }

    private ValidationReportBuilder(List<ValidationIssue> issues, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _issues = issues;
        Path = path;
    }

    /// <summary>The path of this scope, e.g. <c>$.categories[2]</c>.</summary>
    public string Path { get; }

    /// <summary>True when some issue found so far (in any scope of this builder) is an error.</summary>
    public bool HasErrors => _issues.Exists(static i => i.Severity == IssueSeverity.Error);

    /// <summary>The number of issues found so far, in every scope.</summary>
    public int Count => _issues.Count;

    /// <summary>A scope under this one: <c>Under("categories[2]")</c> or <c>Under(JsonPaths.Index("categories", 2))</c>.</summary>
    /// <param name="relative">The path relative to this scope.</param>
    public ValidationReportBuilder Under(string relative) => new(_issues, JsonPaths.Combine(Path, relative));

    /// <summary>The scope of element <paramref name="index"/> of the array <paramref name="property"/>: <c>$.items[3]</c>.</summary>
    /// <param name="property">The array property, relative to this scope (empty for this scope itself).</param>
    /// <param name="index">The zero-based index.</param>
    public ValidationReportBuilder At(string property, int index) =>
        new(_issues, JsonPaths.Index(JsonPaths.Combine(Path, property), index));

    /// <summary>The absolute path of <paramref name="relative"/> in this scope.</summary>
    /// <param name="relative">A path relative to this scope.</param>
    public string PathOf(string relative) => JsonPaths.Combine(Path, relative);

    /// <summary>Adds an error at <paramref name="relative"/>.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="relative">Where, relative to this scope (empty for the scope itself).</param>
    /// <param name="text">What is wrong.</param>
    /// <param name="citation">The article the rule rests on, if any.</param>
    public ValidationReportBuilder Error(string code, string relative, Message text, Citation? citation = null) =>
        Add(new ValidationIssue(code, IssueSeverity.Error, PathOf(relative), text, citation));

    /// <summary>Adds a warning at <paramref name="relative"/>.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="relative">Where, relative to this scope (empty for the scope itself).</param>
    /// <param name="text">What is wrong.</param>
    /// <param name="citation">The article the rule rests on, if any.</param>
    public ValidationReportBuilder Warning(string code, string relative, Message text, Citation? citation = null) =>
        Add(new ValidationIssue(code, IssueSeverity.Warning, PathOf(relative), text, citation));

    /// <summary>Adds an error at <paramref name="relative"/> when <paramref name="condition"/> is false.</summary>
    /// <param name="condition">What must hold.</param>
    /// <param name="code">The stable code.</param>
    /// <param name="relative">Where, relative to this scope.</param>
    /// <param name="text">What is wrong when it does not hold (built only then, when given as a function).</param>
    /// <returns>The <paramref name="condition"/>.</returns>
    public bool Require(bool condition, string code, string relative, Func<Message> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!condition)
        {
            Error(code, relative, text());
        }

        return condition;
    }

    /// <summary>Adds an issue as it is (its path is kept).</summary>
    /// <param name="issue">The issue.</param>
    public ValidationReportBuilder Add(ValidationIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        _issues.Add(issue);
        return this;
    }

    /// <summary>Adds the issues of <paramref name="report"/>, each located under this scope (see <see cref="ValidationIssue.Under"/>).</summary>
    /// <param name="report">A report whose paths are relative to this scope (or rooted <c>$…</c>, which stands for this scope).</param>
    public ValidationReportBuilder AddUnder(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var issue in report.Issues)
        {
            _issues.Add(issue.Under(Path));
        }

        return this;
    }

    /// <summary>Adds the issues of <paramref name="report"/> as they are.</summary>
    /// <param name="report">A report with absolute paths.</param>
    public ValidationReportBuilder AddRange(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        _issues.AddRange(report.Issues);
        return this;
    }

    /// <summary>The report of every issue found, in every scope, in the order found.</summary>
    public ValidationReport Build() => ValidationReport.From(_issues);
}
