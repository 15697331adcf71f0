using System.Text;

namespace AccountabilityKit.Checklists;

/// <summary>Stream plumbing shared by the package's <c>…Json</c> document classes: documents are UTF-8, read whole, written without a BOM.</summary>
internal static class DocumentStreams
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads the rest of <paramref name="utf8Json"/>; a leading UTF-8 BOM is dropped (invalid UTF-8 is left for the JSON reader to refuse).</summary>
    public static ReadOnlyMemory<byte> ReadAll(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        var bytes = new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        return bytes.Span.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes;
    }

    /// <summary>Writes <paramref name="json"/> to <paramref name="utf8Json"/> as UTF-8 without a BOM.</summary>
    public static void Write(string json, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        utf8Json.Write(Encoding.UTF8.GetBytes(json));
    }
}
