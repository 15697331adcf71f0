using System.Globalization;

namespace AccountabilityKit.Validation;

/// <summary>Builds JSON-path-like locations for <see cref="ValidationIssue.Path"/>: <c>$</c>, <c>$.units[3].name</c>.</summary>
public static class JsonPaths
{
    /// <summary>The root of a document: <c>$</c>.</summary>
    public const string Root = "$";

    /// <summary>The path of a property under <paramref name="parent"/>: <c>$.units</c>.</summary>
    /// <param name="parent">The parent path.</param>
    /// <param name="property">The property name as written in JSON (camelCase).</param>
    public static string Property(string parent, string property)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(property);
        var isPlain = property.Length > 0 && property.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        return isPlain ? $"{parent}.{property}" : $"{parent}['{property.Replace("'", "\\'", StringComparison.Ordinal)}']";
    }

    /// <summary>The path of an array element under <paramref name="parent"/>: <c>$.units[3]</c>.</summary>
    /// <param name="parent">The path of the array.</param>
    /// <param name="index">The zero-based index.</param>
    public static string Index(string parent, int index)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");
    }

    /// <summary>
    /// Appends a relative path to <paramref name="prefix"/>: <c>$.units[3]</c> + <c>name</c> = <c>$.units[3].name</c>;
    /// a relative path that is itself rooted (<c>$…</c>) replaces its leading <c>$</c>; under an empty prefix (a root-less
    /// scope for parameter names) the relative path stands alone.
    /// </summary>
    /// <param name="prefix">The enclosing path.</param>
    /// <param name="relative">The path relative to it.</param>
    public static string Combine(string prefix, string relative)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(relative);
        if (relative.Length == 0 || relative == Root)
        {
            return prefix;
        }

        if (relative.StartsWith('$'))
        {
            relative = relative[1..];
        }

        if (prefix.Length == 0)
        {
            // A root-less scope (parameter names of an in-code construction): "checklistId", "items[1]".
            return relative.StartsWith('.') ? relative[1..] : relative;
        }

        return relative[0] is '.' or '[' ? prefix + relative : $"{prefix}.{relative}";
    }
}
