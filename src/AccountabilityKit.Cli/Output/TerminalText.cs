using System.Globalization;
using System.Text;

namespace AccountabilityKit.Cli.Output;

/// <summary>
/// Makes untrusted text safe and bounded for a terminal. Control characters (C0 except the line feed, DEL, C1), the
/// Unicode bidirectional controls and unpaired surrogates are written as visible escapes (<c>\u001B</c>), so a value
/// containing an escape sequence cannot clear the screen, rename the terminal or reorder what is shown. Text longer
/// than a limit is cut there and ends with <c>…</c>, so printing a huge value costs time and memory in proportion to
/// the limit, not to the value. JSON and CSV output are data and keep the full, unescaped text.
/// </summary>
internal static class TerminalText
{
    /// <summary>The most characters a table cell or title shows (escapes included) before it is cut with <c>…</c>.</summary>
    public const int CellLimit = 400;

    /// <summary>The most characters a line of prose or a message on standard error shows before it is cut with <c>…</c>.</summary>
    public const int LineLimit = 2000;

    /// <summary>The mark that ends a cut text.</summary>
    public const char Ellipsis = '…';

    /// <summary><paramref name="text"/> with its control characters escaped, cut to <paramref name="limit"/> characters.</summary>
    public static string Escape(string text, int limit = LineLimit)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= limit && !NeedsEscape(text))
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, limit) + 1);
        var index = 0;
        while (index < text.Length)
        {
            string? escaped = null;
            int width;
            if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                escaped = Hex(text[index]);
                consumed = 1;
            }
            else if (IsUnsafe(rune))
            {
                escaped = Hex((char)rune.Value);
            }

            width = escaped?.Length ?? consumed;
            if (builder.Length + width > limit)
            {
                builder.Append(Ellipsis);
                break;
            }

            if (escaped is null)
            {
                builder.Append(text, index, consumed);
            }
            else
            {
                builder.Append(escaped);
            }

            index += consumed;
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || IsUnsafe(new Rune(c)))
            {
                // A surrogate pair may be fine; the slow path decides.
                return true;
            }
        }

        return false;
    }

    private static bool IsUnsafe(Rune rune) =>
        (rune.Value != '\n' && Rune.IsControl(rune))
        || rune.Value is 0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);

    private static string Hex(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
