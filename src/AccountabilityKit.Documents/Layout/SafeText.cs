using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AccountabilityKit.Documents.Layout;

/// <summary>
/// Puts any string into runs as text. A tab becomes <c>w:tab</c>, a line break (LF, CR LF or CR) <c>w:br</c>; every
/// character XML 1.0 cannot hold (U+0000–U+001F except tab and line breaks, U+FFFE, U+FFFF, a lone surrogate) is
/// written visibly as its escape, e.g. <c>\u0001</c>, so nothing is lost silently and the document stays valid.
/// Formula-like text (<c>=SUM(A1)</c>) is plain text in Word and stays as it is.
/// </summary>
internal static class SafeText
{
    public static IEnumerable<OpenXmlElement> Elements(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var buffer = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\t' || c == '\n' || c == '\r')
            {
                if (buffer.Length > 0)
                {
                    yield return new Text(buffer.ToString()) { Space = SpaceProcessingModeValues.Preserve };
                    buffer.Clear();
                }

                if (c == '\t')
                {
                    yield return new TabChar();
                }
                else
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    yield return new Break();
                }

                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                buffer.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (c < '\u0020' || c == '\uFFFE' || c == '\uFFFF' || char.IsSurrogate(c))
            {
                buffer.Append(Escape(c));
                continue;
            }

            buffer.Append(c);
        }

        if (buffer.Length > 0)
        {
            yield return new Text(buffer.ToString()) { Space = SpaceProcessingModeValues.Preserve };
        }
    }

    /// <summary>The visible escape of a character XML cannot hold.</summary>
    public static string Escape(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
