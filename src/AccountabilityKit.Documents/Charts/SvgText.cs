using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AccountabilityKit.Documents.Charts;

/// <summary>
/// Makes the SVG text Skia writes deterministic and readable: clip-path ids (numbered in hex by a process-wide counter) are
/// renumbered from 1 in order of appearance, and Kangxi radicals (U+2F00–U+2FDF, which Skia writes back for ideographs
/// such as 无 or 人 whose glyph the CJK font shares with the radical) become the ideographs again (their NFKC form).
/// </summary>
internal static partial class SvgText
{
    public static string Normalize(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var renumbered = ClipId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out var id))
            {
                id = "cl_" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
                ids.Add(m.Value, id);
            }

            return id;
        });
        var text = new StringBuilder(renumbered.Length);
        foreach (var c in renumbered)
        {
            if (c is >= '\u2F00' and <= '\u2FDF')
            {
                text.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\bcl_[0-9a-fA-F]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClipId();
}
