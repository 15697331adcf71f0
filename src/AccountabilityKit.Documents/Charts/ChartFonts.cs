using SkiaSharp;

namespace AccountabilityKit.Documents.Charts;

/// <summary>
/// The font families charts are drawn with. Chinese labels need a CJK font: the first installed of
/// <see cref="PreferredFamilies"/> (Debian: <c>fonts-noto-cjk</c> gives Noto Sans CJK SC, <c>fonts-wqy-microhei</c>
/// gives WenQuanYi Micro Hei); when none is installed, the family the system offers for Chinese text, and at last
/// the system's default sans-serif family (Chinese glyphs may then be missing, but nothing throws).
/// </summary>
public static class ChartFonts
{
    private static readonly Lazy<HashSet<string>> Installed = new(() =>
        new HashSet<string>(SKFontManager.Default.GetFontFamilies(), StringComparer.OrdinalIgnoreCase));

    /// <summary>The families tried in order: Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, WenQuanYi Zen Hei, Microsoft YaHei, SimHei, PingFang SC.</summary>
    public static IReadOnlyList<string> PreferredFamilies { get; } =
        ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei", "PingFang SC"];

    /// <summary>Whether the font family <paramref name="family"/> is installed.</summary>
    /// <param name="family">A family name.</param>
    public static bool IsInstalled(string family)
    {
        ArgumentNullException.ThrowIfNull(family);
        return Installed.Value.Contains(family);
    }

    /// <summary>The family a chart is drawn with: <paramref name="requested"/> if installed, else the fallback described on <see cref="ChartFonts"/>.</summary>
    /// <param name="requested">The family asked for, or <see langword="null"/>.</param>
    public static string Resolve(string? requested)
    {
        if (!string.IsNullOrWhiteSpace(requested) && IsInstalled(requested))
        {
            return requested;
        }

        foreach (var family in PreferredFamilies)
        {
            if (IsInstalled(family))
            {
                return family;
            }
        }

        using var chinese = SKFontManager.Default.MatchCharacter('中');
        return chinese?.FamilyName ?? SKTypeface.Default.FamilyName;
    }
}
