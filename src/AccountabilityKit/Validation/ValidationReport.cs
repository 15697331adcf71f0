using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Serialization;

namespace AccountabilityKit.Validation;

/// <summary>
/// Every problem found in one input, reported at once. Immutable.
/// Validators return reports; constructors and parsers throw a <see cref="ValidationFailedException"/> carrying one.
/// </summary>
public sealed class ValidationReport
{
    private ValidationReport(ImmutableArray<ValidationIssue> issues) => Issues = issues;

    /// <summary>A report with no issues.</summary>
    public static ValidationReport Empty { get; } = new(ImmutableArray<ValidationIssue>.Empty);

    /// <summary>Every issue, in the order found.</summary>
    public ImmutableArray<ValidationIssue> Issues { get; }

    /// <summary>True when no issue is an <see cref="IssueSeverity.Error"/> (warnings do not make a report invalid).</summary>
    public bool IsValid => !Issues.Any(static i => i.Severity == IssueSeverity.Error);

    /// <summary>The issues of severity <see cref="IssueSeverity.Error"/>.</summary>
    [JsonIgnore]
    public IEnumerable<ValidationIssue> Errors => Issues.Where(static i => i.Severity == IssueSeverity.Error);

    /// <summary>The issues of severity <see cref="IssueSeverity.Warning"/>.</summary>
    [JsonIgnore]
    public IEnumerable<ValidationIssue> Warnings => Issues.Where(static i => i.Severity == IssueSeverity.Warning);

    /// <summary>Creates a report from the given issues.</summary>
    /// <param name="issues">The issues, in the order found.</param>
    public static ValidationReport From(IEnumerable<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var array = issues.ToImmutableArray();
        if (array.Any(static i => i is null))
        {
            throw new ArgumentException("A report cannot hold a null issue.", nameof(issues));
        }

        return array.IsEmpty ? Empty : new ValidationReport(array);
    }

    /// <summary>Creates a report holding one issue.</summary>
    /// <param name="issue">The issue.</param>
    public static ValidationReport Of(ValidationIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return new ValidationReport([issue]);
    }

    /// <summary>This report followed by the issues of <paramref name="other"/>.</summary>
    /// <param name="other">Another report.</param>
    public ValidationReport Merge(ValidationReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Issues.IsEmpty)
        {
            return this;
        }

        return Issues.IsEmpty ? other : new ValidationReport(Issues.AddRange(other.Issues));
    }

    /// <summary>The same issues, each located under <paramref name="prefix"/> (see <see cref="ValidationIssue.Under"/>).</summary>
    /// <param name="prefix">The enclosing path.</param>
    public ValidationReport Under(string prefix) => From(Issues.Select(i => i.Under(prefix)));

    /// <summary>True when some issue has the given <paramref name="code"/>.</summary>
    /// <param name="code">An issue code such as <c>AK010</c>.</param>
    public bool Contains(string code) => Issues.Any(i => string.Equals(i.Code, code, StringComparison.Ordinal));

    /// <summary>Throws a <see cref="ValidationFailedException"/> carrying this report when it is not <see cref="IsValid"/>.</summary>
    /// <exception cref="ValidationFailedException">The report holds at least one error.</exception>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new ValidationFailedException(this);
        }
    }

    /// <summary>One line per issue, in the current UI culture.</summary>
    public override string ToString() => ToString(null);

    /// <summary>One line per issue (see <see cref="ValidationIssue.ToString(System.Globalization.CultureInfo?)"/>), in <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture; null for the current UI culture.</param>
    public string ToString(System.Globalization.CultureInfo? culture)
    {
        if (Issues.IsEmpty)
        {
            return Catalog.Of(nameof(Messages.NoIssues)).Render(culture);
        }

        var builder = new StringBuilder();
        foreach (var issue in Issues)
        {
            builder.AppendLine(issue.ToString(culture));
        }

        return builder.ToString().TrimEnd();
    }
}
