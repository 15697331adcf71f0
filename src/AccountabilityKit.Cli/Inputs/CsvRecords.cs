using System.Globalization;
using System.Text;

namespace AccountabilityKit.Cli.Inputs;

/// <summary>
/// Reads CSV records (RFC 4180) from a text stream one at a time: fields separated by commas, records ended by CRLF or
/// LF, a field in double quotes may hold commas, line breaks and quotes written twice (<c>""</c>). A quote inside an
/// unquoted field, text after a closing quote and a quote left open at the end of the file are problems of the record.
/// Every position is a physical line of the file (1-based) and a column, the field's 1-based position in the record.
/// </summary>
internal sealed class CsvRecords(TextReader reader)
{
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _field = new();
    private int _position;
    private int _length;
    private int _line = 1;

    /// <summary>The fields of the last record read.</summary>
    public List<string> Fields { get; } = [];

    /// <summary>The line each field of the last record starts on.</summary>
    public List<int> FieldLines { get; } = [];

    /// <summary>The line the last record starts on.</summary>
    public int Line { get; private set; }

    /// <summary>The problem of the last record (a Cli catalogue key) and the column where it is, if any.</summary>
    public (string Key, int Column)? Problem { get; private set; }

    /// <summary>Whether the last record is an empty line (one empty, unquoted field).</summary>
    public bool IsBlank { get; private set; }

    /// <summary>Where a CSV problem is, in the one form every CSV reader of the tool uses: <c>line 3 column 5 (form)</c>.</summary>
    public static string Location(int line, int column, string? name) => name is null
        ? string.Create(CultureInfo.InvariantCulture, $"line {line} column {column}")
        : string.Create(CultureInfo.InvariantCulture, $"line {line} column {column} ({name})");

    /// <summary>Where a problem of a whole record is: <c>line 3</c>.</summary>
    public static string Location(int line) => string.Create(CultureInfo.InvariantCulture, $"line {line}");

    /// <summary>Reads the next record; false at the end of the text.</summary>
    public bool Read()
    {
        Fields.Clear();
        FieldLines.Clear();
        Problem = null;
        if (Peek() < 0)
        {
            return false;
        }

        Line = _line;
        var anyQuoted = false;
        while (true)
        {
            _field.Clear();
            FieldLines.Add(_line);
            var column = Fields.Count + 1;
            if (Peek() == '"')
            {
                anyQuoted = true;
                ReadQuoted(column);
            }
            else
            {
                ReadUnquoted(column);
            }

            Fields.Add(_field.ToString());
            var delimiter = Next();
            if (delimiter == ',')
            {
                continue;
            }

            if (delimiter == '\n')
            {
                _line++;
            }

            IsBlank = !anyQuoted && Fields.Count == 1 && Fields[0].Length == 0;
            return true;
        }
    }

    private void ReadQuoted(int column)
    {
        Next();
        while (true)
        {
            var c = Next();
            if (c < 0)
            {
                Problem ??= (nameof(Messages.CsvUnclosedQuote), column);
                return;
            }

            if (c == '"')
            {
                if (Peek() == '"')
                {
                    Next();
                    _field.Append('"');
                    continue;
                }

                break;
            }

            if (c == '\n')
            {
                _line++;
            }

            _field.Append((char)c);
        }

        // After the closing quote: the end of the field, or a problem (the rest up to the field's end is kept).
        if (Peek() is not (',' or '\n' or '\r' or -1))
        {
            Problem ??= (nameof(Messages.CsvBadQuote), column);
        }

        ReadUnquoted(column, afterQuote: true);
    }

    private void ReadUnquoted(int column, bool afterQuote = false)
    {
        while (true)
        {
            var c = Peek();
            if (c is ',' or '\n' or < 0)
            {
                return;
            }

            Next();
            if (c == '\r' && Peek() == '\n')
            {
                return;
            }

            if (c == '"' || afterQuote)
            {
                Problem ??= (nameof(Messages.CsvBadQuote), column);
            }

            _field.Append((char)c);
        }
    }

    private int Peek()
    {
        if (_position == _length)
        {
            _length = reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            if (_length == 0)
            {
                return -1;
            }
        }

        return _buffer[_position];
    }

    private int Next()
    {
        var c = Peek();
        if (c >= 0)
        {
            _position++;
        }

        return c;
    }
}
