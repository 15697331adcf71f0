namespace AccountabilityKit.Statistics.Columnar;

/// <summary>
/// A dictionary-encoded dimension column: each distinct value (an absent value included) gets a code, stored in
/// the narrowest unsigned width that fits the dictionary (byte, then ushort, then int; widened on append).
/// </summary>
internal sealed class DimensionColumn
{
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly List<string?> _values = [];
    private int _nullCode = -1;
    private byte[] _bytes = new byte[16];
    private ushort[]? _shorts;
    private int[]? _ints;

    public int Cardinality => _values.Count;

    /// <summary>Bytes per row: 1, 2 or 4.</summary>
    public int Width => _ints is not null ? 4 : _shorts is not null ? 2 : 1;

    public string? ValueOf(int code) => _values[code];

    public int CodeOf(string? value)
    {
        if (value is null)
        {
            if (_nullCode < 0)
            {
                _nullCode = _values.Count;
                _values.Add(null);
            }

            return _nullCode;
        }

        if (!_codes.TryGetValue(value, out var code))
        {
            code = _values.Count;
            _codes.Add(value, code);
            _values.Add(value);
        }

        return code;
    }

    public void Set(int row, int code, int capacity)
    {
        if (code > ushort.MaxValue && _ints is null)
        {
            _ints = new int[Math.Max(capacity, 16)];
            if (_shorts is not null)
            {
                for (var i = 0; i < _shorts.Length; i++) { _ints[i] = _shorts[i]; }
                _shorts = null;
            }
            else
            {
                for (var i = 0; i < _bytes.Length; i++) { _ints[i] = _bytes[i]; }
            }

            _bytes = [];
        }
        else if (code > byte.MaxValue && _ints is null && _shorts is null)
        {
            _shorts = new ushort[Math.Max(capacity, 16)];
            for (var i = 0; i < _bytes.Length; i++) { _shorts[i] = _bytes[i]; }
            _bytes = [];
        }

        if (_ints is not null)
        {
            if (_ints.Length < capacity) { Array.Resize(ref _ints, capacity); }
            _ints[row] = code;
        }
        else if (_shorts is not null)
        {
            if (_shorts.Length < capacity) { Array.Resize(ref _shorts, capacity); }
            _shorts[row] = (ushort)code;
        }
        else
        {
            if (_bytes.Length < capacity) { Array.Resize(ref _bytes, capacity); }
            _bytes[row] = (byte)code;
        }
    }

    public int CodeAt(int row) => _ints is not null ? _ints[row] : _shorts is not null ? _shorts[row] : _bytes[row];

    /// <summary>The allocated rows.</summary>
    public int Capacity => _ints?.Length ?? _shorts?.Length ?? _bytes.Length;

    /// <summary>Mixed-radix step over rows [start, start + keys.Length): <c>keys[i] = keys[i] * radix + code</c>.</summary>
    public void AccumulateKey(int start, Span<int> keys, int radix)
    {
        if (_ints is not null)
        {
            var src = _ints.AsSpan(start, keys.Length);
            for (var i = 0; i < src.Length; i++) { keys[i] = (keys[i] * radix) + src[i]; }
        }
        else if (_shorts is not null)
        {
            var src = _shorts.AsSpan(start, keys.Length);
            for (var i = 0; i < src.Length; i++) { keys[i] = (keys[i] * radix) + src[i]; }
        }
        else
        {
            var src = _bytes.AsSpan(start, keys.Length);
            for (var i = 0; i < src.Length; i++) { keys[i] = (keys[i] * radix) + src[i]; }
        }
    }

    /// <summary>Sends each row [start, start + slots.Length) whose code is not allowed to <paramref name="trash"/>.</summary>
    public void Exclude(int start, Span<int> slots, bool[] allowed, int trash)
    {
        for (var i = 0; i < slots.Length; i++)
        {
            if (!allowed[CodeAt(start + i)]) { slots[i] = trash; }
        }
    }

    /// <summary>Copies the codes of rows [start, start + dest.Length) into <paramref name="dest"/>.</summary>
    public void ReadCodes(int start, Span<int> dest)
    {
        if (_ints is not null)
        {
            _ints.AsSpan(start, dest.Length).CopyTo(dest);
        }
        else if (_shorts is not null)
        {
            var src = _shorts.AsSpan(start, dest.Length);
            for (var i = 0; i < src.Length; i++) { dest[i] = src[i]; }
        }
        else
        {
            var src = _bytes.AsSpan(start, dest.Length);
            for (var i = 0; i < src.Length; i++) { dest[i] = src[i]; }
        }
    }
}
