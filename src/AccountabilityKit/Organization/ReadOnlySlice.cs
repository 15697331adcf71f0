using System.Collections;

namespace AccountabilityKit.Organization;

/// <summary>A read-only window on part of an array, handed out without copying.</summary>
internal sealed class ReadOnlySlice<T>(T[] items, int start, int count) : IReadOnlyList<T>
{
    public int Count => count;

    // unchecked: the project builds with CheckForOverflowUnderflow, and (uint)-1 would otherwise throw OverflowException.
    public T this[int index] =>
        unchecked((uint)index) < (uint)count ? items[start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return items[start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
