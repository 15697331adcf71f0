using System.Text;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Serialization;

/// <summary>Stream plumbing shared by the domain packages' <c>…Json</c> document classes (opened to them with InternalsVisibleTo): documents are UTF-8, read whole within the limits, written without a BOM.</summary>
internal static class DocumentStreams
{
    /// <summary>
    /// Reads the rest of <paramref name="utf8Json"/> within <see cref="DocumentLimits.MaxBytes"/> (<c>AK046</c> as soon as it is passed);
    /// the encoding is checked by <see cref="AccountabilityKitJson"/>'s readers (a leading BOM allowed, invalid UTF-8 <c>AK045</c>).
    /// </summary>
    /// <exception cref="ValidationFailedException">The stream is larger than the limit.</exception>
    public static ReadOnlyMemory<byte> ReadAll(Stream utf8Json, DocumentLimits? limits = null) =>
        TryReadAll(utf8Json, limits, out var bytes, out var report) ? bytes : throw new ValidationFailedException(report);

    /// <summary>Reads the rest of <paramref name="utf8Json"/> within the limits, without throwing for an input that is too large.</summary>
    public static bool TryReadAll(Stream utf8Json, DocumentLimits? limits, out ReadOnlyMemory<byte> bytes, out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return DocumentText.TryReadBounded(utf8Json, limits, out bytes, out report);
    }

    /// <summary>Writes <paramref name="json"/> to <paramref name="utf8Json"/> as UTF-8 without a BOM.</summary>
    public static void Write(string json, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        utf8Json.Write(Encoding.UTF8.GetBytes(json));
    }
}
