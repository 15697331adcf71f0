namespace AccountabilityKit.Checklists.Similarity;

/// <summary>
/// The character n-gram shingles of a normalised text, as sorted distinct 64-bit hashes (FNV-1a), with an exact
/// Jaccard similarity. A text shorter than n yields one shingle (itself); an empty text none.
/// </summary>
internal sealed class ShingleSet
{
    private ShingleSet(ulong[] hashes) => Hashes = hashes;

    /// <summary>The sorted distinct shingle hashes.</summary>
    public IReadOnlyList<ulong> Hashes { get; }

    internal ulong[] Array => (ulong[])Hashes;

    /// <summary>True when the text had no characters.</summary>
    public bool IsEmpty => Array.Length == 0;

    /// <summary>The shingles of an already normalised text.</summary>
    /// <param name="normalized">A text from <see cref="TextNormalizer.Normalize"/>.</param>
    /// <param name="n">The n-gram size, at least 1.</param>
    public static ShingleSet Of(string normalized, int n)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (normalized.Length == 0)
        {
            return new ShingleSet([]);
        }

        var count = Math.Max(1, normalized.Length - n + 1);
        var hashes = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            hashes[i] = Fnv(normalized.AsSpan(i, Math.Min(n, normalized.Length - i)));
        }

        System.Array.Sort(hashes);
        var distinct = 1;
        for (var i = 1; i < hashes.Length; i++)
        {
            if (hashes[i] != hashes[distinct - 1])
            {
                hashes[distinct++] = hashes[i];
            }
        }

        System.Array.Resize(ref hashes, distinct);
        return new ShingleSet(hashes);
    }

    /// <summary>The Jaccard similarity |A∩B| / |A∪B| in [0, 1]; 0 when both are empty (no evidence of copying).</summary>
    /// <param name="other">Another set.</param>
    public double Jaccard(ShingleSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var a = Array;
        var b = other.Array;
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)common / (a.Length + b.Length - common);
    }

    private static ulong Fnv(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return hash;
    }
}
