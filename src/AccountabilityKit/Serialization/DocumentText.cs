using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Serialization;

/// <summary>
/// Turns the bytes of a document or input file into text, strictly: nothing is ever replaced by U+FFFD. Text that is
/// not valid in the chosen (or detected) encoding is refused with <c>AK045</c> and the byte offset where it stops being
/// valid; an input over <see cref="DocumentLimits.MaxBytes"/> is refused with <c>AK046</c> before it is read.
/// </summary>
/// <example><code>
/// if (!DocumentText.TryDecode(File.ReadAllBytes(path), DocumentEncoding.Detect, out var text, out var report))
/// {
///     // report: "AK045 error at $: 第 17 字节处不是有效的 UTF-8 编码，也不是有效的 GB18030 编码。"
/// }
/// </code></example>
public static class DocumentText
{
    private const int Gb18030CodePage = 54936;

    private static readonly Lazy<Encoding> StrictGb18030 = new(static () =>
        CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new PlatformNotSupportedException("GB18030 is not available on this platform."));

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes <paramref name="bytes"/>, or throws with the problem.</summary>
    /// <param name="bytes">The encoded text.</param>
    /// <param name="encoding">The encoding to use, or <see cref="DocumentEncoding.Detect"/>.</param>
    /// <returns>The text (without a byte order mark).</returns>
    /// <exception cref="ValidationFailedException">The bytes are not valid text in the encoding (<c>AK045</c>).</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, DocumentEncoding encoding = DocumentEncoding.Detect) =>
        TryDecode(bytes, encoding, out var text, out var report) ? text : throw new ValidationFailedException(report);

    /// <summary>Decodes <paramref name="bytes"/> without throwing for bad input.</summary>
    /// <param name="bytes">The encoded text.</param>
    /// <param name="encoding">The encoding to use, or <see cref="DocumentEncoding.Detect"/>.</param>
    /// <param name="text">The text (without a byte order mark), when valid.</param>
    /// <param name="report">The problem (<c>AK045</c> with the byte offset), or empty.</param>
    /// <returns>True when <paramref name="text"/> was decoded.</returns>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, DocumentEncoding encoding, [NotNullWhen(true)] out string? text, out ValidationReport report)
    {
        report = ValidationReport.Empty;
        switch (encoding)
        {
            case DocumentEncoding.Utf8:
                return TryUtf8(bytes.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes, bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0, out text, out report);
            case DocumentEncoding.Gb18030:
                return TryGb18030(bytes, out text, out report);
            case DocumentEncoding.Detect:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Not a defined DocumentEncoding.");
        }

        if (bytes.StartsWith(Utf8Bom))
        {
            return TryUtf8(bytes[Utf8Bom.Length..], Utf8Bom.Length, out text, out report);
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var utf16 = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true);
            try
            {
                text = utf16.GetString(bytes[2..]);
                return true;
            }
            catch (DecoderFallbackException e)
            {
                text = null;
                report = Invalid(nameof(Messages.TextInvalidUtf16), 2 + Math.Max(0, e.Index));
                return false;
            }
        }

        var firstInvalid = FirstInvalidUtf8(bytes);
        if (firstInvalid < 0)
        {
            text = Encoding.UTF8.GetString(bytes);
            return true;
        }

        if (TryGb18030(bytes, out text, out _))
        {
            return true;
        }

        report = Invalid(nameof(Messages.TextInvalidUtf8OrGb18030), firstInvalid);
        return false;
    }

    /// <summary>
    /// Reads a whole stream into memory, refusing it with <c>AK046</c> as soon as it passes <see cref="DocumentLimits.MaxBytes"/>
    /// (memory stays bounded by the limit whatever the stream's length).
    /// </summary>
    /// <param name="stream">The stream, read from its current position to its end.</param>
    /// <param name="limits">The limits, or <see cref="DocumentLimits.Default"/>.</param>
    /// <param name="bytes">The bytes read, when within the limit.</param>
    /// <param name="report">The problem (<c>AK046</c>), or empty.</param>
    /// <returns>True when the whole stream was read within the limit.</returns>
    public static bool TryReadBounded(Stream stream, DocumentLimits? limits, out ReadOnlyMemory<byte> bytes, out ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var max = (limits ?? DocumentLimits.Default).MaxBytes;
        report = ValidationReport.Empty;
        if (stream.CanSeek && stream.Length - stream.Position > max)
        {
            bytes = default;
            report = TooLarge(stream.Length - stream.Position, max);
            return false;
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    bytes = default;
                    report = TooLarge(null, max);
                    return false;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        bytes = buffer.ToArray();
        return true;
    }

    /// <summary>The issue for an input of <paramref name="size"/> bytes (unknown: <c>null</c>) over the limit of <paramref name="max"/> bytes (<c>AK046</c>).</summary>
    internal static ValidationReport TooLarge(long? size, long max) =>
        ValidationReport.Of(ValidationIssue.Error(
            VocabularyIssueCodes.DocumentTooLarge,
            JsonPaths.Root,
            size is { } s
                ? Catalog.Of(nameof(Messages.DocumentTooLarge), ("size", s), ("limit", max))
                : Catalog.Of(nameof(Messages.DocumentTooLargeStream), ("limit", max))));

    /// <summary>The issue for invalid UTF-8 at byte <paramref name="offset"/> (<c>AK045</c>).</summary>
    internal static ValidationReport InvalidUtf8(long offset) => Invalid(nameof(Messages.TextInvalidUtf8), offset);

    /// <summary>The offset of the first byte that does not start a valid UTF-8 sequence, or -1 when all of it is valid UTF-8.</summary>
    internal static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    private static bool TryUtf8(ReadOnlySpan<byte> bytes, int bomLength, [NotNullWhen(true)] out string? text, out ValidationReport report)
    {
        report = ValidationReport.Empty;
        var firstInvalid = FirstInvalidUtf8(bytes);
        if (firstInvalid >= 0)
        {
            text = null;
            report = Invalid(nameof(Messages.TextInvalidUtf8), bomLength + firstInvalid);
            return false;
        }

        text = Encoding.UTF8.GetString(bytes);
        return true;
    }

    private static bool TryGb18030(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out string? text, out ValidationReport report)
    {
        report = ValidationReport.Empty;
        try
        {
            text = StrictGb18030.Value.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = null;
            report = Invalid(nameof(Messages.TextInvalidGb18030), Math.Max(0, e.Index));
            return false;
        }
    }

    private static ValidationReport Invalid(string key, long offset) =>
        ValidationReport.Of(ValidationIssue.Error(VocabularyIssueCodes.InvalidTextEncoding, JsonPaths.Root, Catalog.Of(key, ("offset", offset))));
}
