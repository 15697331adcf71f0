using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AccountabilityKit.Statistics.Columnar;

/// <summary>
/// A numeric column (values validated to 0–65535 at append) in the narrowest width that fits: one byte per row until
/// a value above 255 arrives, then two (widened on append).
/// </summary>
internal sealed class NumericColumn
{
    private byte[] _bytes = new byte[16];
    private ushort[]? _shorts;

    /// <summary>Bytes per row: 1 or 2.</summary>
    public int Width => _shorts is not null ? 2 : 1;

    /// <summary>The allocated rows.</summary>
    public int Capacity => _shorts?.Length ?? _bytes.Length;

    public void Set(int row, int value, int capacity)
    {
        if (value > byte.MaxValue && _shorts is null)
        {
            _shorts = new ushort[Math.Max(capacity, 16)];
            for (var i = 0; i < _bytes.Length; i++) { _shorts[i] = _bytes[i]; }
            _bytes = [];
        }

        if (_shorts is not null)
        {
            if (_shorts.Length < capacity) { Array.Resize(ref _shorts, capacity); }
            _shorts[row] = (ushort)value;
        }
        else
        {
            if (_bytes.Length < capacity) { Array.Resize(ref _bytes, capacity); }
            _bytes[row] = (byte)value;
        }
    }

    public int ValueAt(int row) => _shorts is not null ? _shorts[row] : _bytes[row];

    /// <summary>Copies the values of rows [start, start + dest.Length) into <paramref name="dest"/>.</summary>
    public void ReadValues(int start, Span<int> dest)
    {
        if (_shorts is not null)
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

    /// <summary>Adds the value of each row [start, start + slots.Length) to <c>acc[slots[i]]</c>; slots are trusted to be within <paramref name="acc"/>.</summary>
    public void AddInto(int start, ReadOnlySpan<int> slots, long[] acc)
    {
        ref var a = ref MemoryMarshal.GetArrayDataReference(acc);
        if (_shorts is not null)
        {
            var src = _shorts.AsSpan(start, slots.Length);
            for (var i = 0; i < src.Length; i++) { Unsafe.Add(ref a, slots[i]) += src[i]; }
        }
        else
        {
            var src = _bytes.AsSpan(start, slots.Length);
            for (var i = 0; i < src.Length; i++) { Unsafe.Add(ref a, slots[i]) += src[i]; }
        }
    }

    /// <summary>Keeps in <c>acc[slots[i]]</c> the minimum (or maximum) of it and each row's value.</summary>
    public void ExtremeInto(int start, ReadOnlySpan<int> slots, long[] acc, bool max)
    {
        ref var a = ref MemoryMarshal.GetArrayDataReference(acc);
        for (var i = 0; i < slots.Length; i++)
        {
            long v = _shorts is not null ? _shorts[start + i] : _bytes[start + i];
            ref var cell = ref Unsafe.Add(ref a, slots[i]);
            cell = max ? Math.Max(cell, v) : Math.Min(cell, v);
        }
    }
}
