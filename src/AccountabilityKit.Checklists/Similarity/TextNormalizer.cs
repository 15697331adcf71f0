using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AccountabilityKit.Checklists.Similarity;

/// <summary>
/// Chinese-aware normalisation for near-duplicate detection: NFKC (full-width to half-width), lower case, every
/// character that is not a letter or digit removed (whitespace, Chinese and ASCII punctuation, symbols), then common
/// boilerplate phrases removed (configurable). Idempotent: normalising a normalised text changes nothing.
/// </summary>
public sealed class TextNormalizer
{
    /// <summary>The default boilerplate: phrases most lists share whatever their content (认真贯彻落实, 切实, 进一步…).</summary>
    public static readonly ImmutableArray<string> DefaultBoilerplate =
    [
        "认真贯彻落实", "贯彻落实", "认真落实", "切实履行", "切实加强", "进一步", "全面从严治党", "坚决", "切实", "认真", "扎实", "深入", "持续", "不断",
    ];

    private readonly string[] _boilerplate;

    /// <summary>Creates a normaliser.</summary>
    /// <param name="boilerplate">Phrases to remove; null for <see cref="DefaultBoilerplate"/>, empty for none.</param>
    public TextNormalizer(IEnumerable<string>? boilerplate = null)
    {
        _boilerplate = [.. (boilerplate ?? DefaultBoilerplate)
            .Select(static p => Clean(p ?? string.Empty))
            .Where(static p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(static p => p.Length)
            .ThenBy(static p => p, StringComparer.Ordinal)];
        Boilerplate = [.. _boilerplate];
    }

    /// <summary>A normaliser with the default boilerplate.</summary>
    public static TextNormalizer Default { get; } = new();

    /// <summary>The boilerplate phrases removed, themselves normalised, longest first.</summary>
    public ImmutableArray<string> Boilerplate { get; }

    /// <summary>Normalises <paramref name="text"/>.</summary>
    /// <param name="text">Any text; null counts as empty.</param>
    public string Normalize(string? text)
    {
        var current = Clean(text ?? string.Empty);
        while (true)
        {
            var removed = RemoveBoilerplate(current);
            if (ReferenceEquals(removed, current))
            {
                return current;
            }

            // Removing a phrase can join characters into a new phrase (or, in rare scripts, a new NFKC composition): repeat to a fixed point.
            current = Clean(removed);
        }
    }

    /// <summary>The text without boilerplate; the same instance when it holds none.</summary>
    private string RemoveBoilerplate(string text)
    {
        var result = text;
        foreach (var phrase in _boilerplate)
        {
            if (result.Contains(phrase, StringComparison.Ordinal))
            {
                result = result.Replace(phrase, string.Empty, StringComparison.Ordinal);
            }
        }

        return result;
    }

    private static string Clean(string text)
    {
        var current = text;
        for (var pass = 0; pass < 8 && !IsClean(current); pass++)
        {
            var normalized = current.IsNormalized(NormalizationForm.FormKC) ? current : current.Normalize(NormalizationForm.FormKC);
            var builder = new StringBuilder(normalized.Length);
            foreach (var rune in normalized.EnumerateRunes())
            {
                if (Rune.IsLetterOrDigit(rune))
                {
                    builder.Append(Rune.ToLowerInvariant(rune).ToString());
                }
            }

            current = builder.ToString();
        }

        return current;
    }

    /// <summary>True when <paramref name="text"/> is a fixed point of cleaning: NFKC, lower case, letters and digits only.</summary>
    private static bool IsClean(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune) || Rune.ToLowerInvariant(rune) != rune)
            {
                return false;
            }
        }

        return text.IsNormalized(NormalizationForm.FormKC);
    }

    /// <summary>Describes the normaliser.</summary>
    public override string ToString() =>
        Catalog.Of(nameof(Messages.NormalizerDescription), ("count", _boilerplate.Length)).Render(null);
}
