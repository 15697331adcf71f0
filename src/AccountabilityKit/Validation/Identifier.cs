namespace AccountabilityKit.Validation;

/// <summary>The rule every textual identifier of the library follows (org unit ids, person ids).</summary>
internal static class Identifier
{
    public const int MaxLength = 128;

    /// <summary>The issue that <paramref name="value"/> breaks, or null when it is a valid identifier.</summary>
    public static ValidationIssue? Check(string? value, string path, string what)
    {
        string? problem = value switch
        {
            null => "is missing",
            _ when string.IsNullOrWhiteSpace(value) => "is empty",
            { Length: > MaxLength } => $"is longer than {MaxLength} characters",
            _ when char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) => "has leading or trailing spaces",
            _ when value.Any(char.IsControl) => "contains control characters",
            _ => null,
        };
        return problem is null
            ? null
            : ValidationIssue.Error(VocabularyIssueCodes.InvalidIdentifier, path, $"The {what} '{value}' {problem}.");
    }

    /// <summary>Returns <paramref name="value"/> when valid, otherwise throws a <see cref="ValidationFailedException"/>.</summary>
    public static string Require(string? value, string path, string what) =>
        Check(value, path, what) is { } issue ? throw new ValidationFailedException(issue) : value!;
}
