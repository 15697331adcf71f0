using System.Text.RegularExpressions;

namespace AccountabilityKit.Validation;

/// <summary>
/// One problem found in an input: a stable <see cref="Code"/> (documented in the package README),
/// a <see cref="Severity"/>, a JSON-path-like <see cref="Path"/> to the offending value, and a message.
/// </summary>
public sealed partial record ValidationIssue
{
    /// <summary>Creates an issue.</summary>
    /// <param name="code">A stable code: two to four capital letters and three digits, e.g. <c>AK010</c> or <c>CL001</c>.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="path">Where it is: a JSON path such as <c>$.units[3].parentId</c>, or a parameter name.</param>
    /// <param name="message">What is wrong, in one sentence.</param>
    /// <exception cref="ArgumentException">The code is not of the documented shape, or the message is empty.</exception>
    public ValidationIssue(string code, IssueSeverity severity, string path, string message)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
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
        Message = message;
    }

    /// <summary>The stable code, e.g. <c>AK010</c>.</summary>
    public string Code { get; }

    /// <summary>How serious the issue is.</summary>
    public IssueSeverity Severity { get; }

    /// <summary>Where the issue is (JSON path, or a parameter name for in-code construction).</summary>
    public string Path { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>Creates an error.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="path">Where the problem is.</param>
    /// <param name="message">What is wrong.</param>
    public static ValidationIssue Error(string code, string path, string message) => new(code, IssueSeverity.Error, path, message);

    /// <summary>Creates a warning.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="path">Where the problem is.</param>
    /// <param name="message">What is wrong.</param>
    public static ValidationIssue Warning(string code, string path, string message) => new(code, IssueSeverity.Warning, path, message);

    /// <summary>The same issue located under <paramref name="prefix"/> (e.g. <c>$.units[3]</c> + <c>name</c>).</summary>
    /// <param name="prefix">The path of the enclosing value.</param>
    public ValidationIssue Under(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return new ValidationIssue(Code, Severity, JsonPaths.Combine(prefix, Path), Message);
    }

    /// <summary>Formats the issue as <c>AK010 error at $.units[3].id: message</c>.</summary>
    public override string ToString() =>
        $"{Code} {Severity.ToString().ToLowerInvariant()} at {(Path.Length == 0 ? "$" : Path)}: {Message}";

    [GeneratedRegex("^[A-Z]{2,4}[0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
