using System.Buffers.Binary;

namespace AccountabilityKit.Documents.Layout;

/// <summary>Reads the pixel size from a PNG's IHDR chunk.</summary>
internal static class PngSize
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool TryRead(byte[]? png, out long width, out long height)
    {
        width = height = 0;
        if (png is null || png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(Signature))
        {
            return false;
        }

        width = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4));
        height = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4));
        return width is > 0 and <= 100_000 && height is > 0 and <= 100_000;
    }
}
