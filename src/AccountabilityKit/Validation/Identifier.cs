using AccountabilityKit.Localization;

namespace AccountabilityKit.Validation;

/// <summary>The rule every textual identifier of the library follows (org unit ids, person ids).</summary>
internal static class Identifier
{
    public const int MaxLength = 128;

    /// <summary>The issue that <paramref name="value"/> breaks, or null when it is a valid identifier.</summary>
    /// <param name="value">The identifier.</param>
    /// <param name="path">Where it is.</param>
    /// <param name="what">The key of its name in the catalogue (<c>WhatUnitId</c>, <c>WhatPersonId</c>).</param>
    public static ValidationIssue? Check(string? value, string path, string what)
    {
        string? problem = value switch
        {
            null => nameof(Messages.IdentifierMissing),
            _ when string.IsNullOrWhiteSpace(value) => nameof(Messages.IdentifierEmpty),
            { Length: > MaxLength } => nameof(Messages.IdentifierTooLong),
            _ when char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) => nameof(Messages.IdentifierSpaces),
            _ when HasInvisibleCharacter(value) => nameof(Messages.IdentifierControl),
            _ => null,
        };
        return problem is null
            ? null
            : ValidationIssue.Error(
                VocabularyIssueCodes.InvalidIdentifier,
                path,
                Catalog.Of(problem, ("what", Catalog.Of(what)), ("value", value), ("max", MaxLength)));
    }

    /// <summary>
    /// True when <paramref name="value"/> has a character that is not shown as itself: a control character (C0, DEL, C1),
    /// a format character (bidi controls such as U+202E and U+2066–U+2069, zero-width characters, U+FEFF), a line or
    /// paragraph separator (U+2028, U+2029), or an unpaired surrogate.
    /// </summary>
    internal static bool HasInvisibleCharacter(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsSurrogate(c))
            {
                if (!char.IsSurrogatePair(value, i))
                {
                    return true;
                }

                if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(value, i) is System.Globalization.UnicodeCategory.Format)
                {
                    return true;
                }

                i++;
                continue;
            }

            if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Control
                or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.LineSeparator
                or System.Globalization.UnicodeCategory.ParagraphSeparator)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns <paramref name="value"/> when valid, otherwise throws a <see cref="ValidationFailedException"/>.</summary>
    public static string Require(string? value, string path, string what) =>
        Check(value, path, what) is { } issue ? throw new ValidationFailedException(issue) : value!;
}
