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
        var current = text ?? string.Empty;
        while (true)
        {
            var next = RemoveBoilerplate(Clean(current));
            if (string.Equals(next, current, StringComparison.Ordinal))
            {
                return next;
            }

            current = next;
        }
    }

    private string RemoveBoilerplate(string text)
    {
        foreach (var phrase in _boilerplate)
        {
            text = text.Replace(phrase, string.Empty, StringComparison.Ordinal);
        }

        return text;
    }

    private static string Clean(string text)
    {
        var current = text;
        while (true)
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

            var next = builder.ToString();
            if (string.Equals(next, current, StringComparison.Ordinal))
            {
                return next;
            }

            current = next;
        }
    }

    /// <summary>Describes the normaliser.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"NFKC, letters and digits only, {_boilerplate.Length} boilerplate phrases");
}
