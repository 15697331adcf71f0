using System.Buffers;
using System.Text;
using System.Text.Unicode;
using AccountabilityKit.Serialization;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Cli.Inputs;

/// <summary>
/// The text of a bulk input (the facts file) read as a stream, with the same strictness as <see cref="DocumentText"/>
/// but without holding the file in memory: one pass checks that every byte is valid in the run's
/// <see cref="InputEncoding"/> (detect: a byte order mark, then strict UTF-8, then strict GB18030) and finds the byte
/// offset of the first invalid one (AK045); the caller then reads the stream again with the encoding found. A bulk
/// input has no size limit; a stream that cannot be read twice (a pipe) is buffered up to <see cref="DocumentLimits.MaxBytes"/>.
/// </summary>
internal static class BulkText
{
    private const int ChunkBytes = 1 << 20;

    /// <summary>Strict UTF-8, no byte order mark written or expected.</summary>
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> StrictGb18030 = new(static () =>
        CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new PlatformNotSupportedException("GB18030 is not available on this platform."));

    /// <summary>
    /// Opens <paramref name="path"/> for streaming: a seekable stream positioned after any byte order mark, and the
    /// encoding its text is in; a usage error when the file cannot be read or is not valid text.
    /// </summary>
    public static (Stream Stream, Encoding Encoding) Open(string path, string kind)
    {
        var what = InputFiles.RequireFile(path, kind);
        Stream? stream = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (!stream.CanSeek)
            {
                if (!DocumentText.TryReadBounded(stream, DocumentLimits.Default, out var bytes, out var tooLarge))
                {
                    throw InputFiles.NotText(what, path, tooLarge);
                }

                stream.Dispose();
                stream = new MemoryStream(bytes.ToArray(), writable: false);
            }

            if (!TryResolve(stream, InputEncoding.Value, out var encoding, out var preamble, out var report))
            {
                throw InputFiles.NotText(what, path, report);
            }

            stream.Position = preamble;
            var opened = stream;
            stream = null;
            return (opened, encoding);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputFiles.Unreadable(what, path, e);
        }
        finally
        {
            stream?.Dispose();
        }
    }

    /// <summary>Finds the encoding of the whole stream and the length of its byte order mark, or the AK045 problem.</summary>
    internal static bool TryResolve(Stream stream, DocumentEncoding choice, out Encoding encoding, out int preamble, out ValidationReport report)
    {
        Span<byte> head = stackalloc byte[3];
        stream.Position = 0;
        var headLength = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        head = head[..headLength];
        var utf8Bom = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        report = ValidationReport.Empty;
        preamble = 0;
        encoding = StrictUtf8;
        long invalid;
        switch (choice)
        {
            case DocumentEncoding.Utf8:
                preamble = utf8Bom ? 3 : 0;
                invalid = FirstInvalidUtf8(stream, preamble);
                return invalid < 0 || Fail(nameof(Messages.TextInvalidUtf8At), invalid, out report);
            case DocumentEncoding.Gb18030:
                encoding = StrictGb18030.Value;
                invalid = FirstInvalid(stream, 0, encoding);
                return invalid < 0 || Fail(nameof(Messages.TextInvalidGb18030At), invalid, out report);
        }

        if (utf8Bom)
        {
            preamble = 3;
            invalid = FirstInvalidUtf8(stream, preamble);
            return invalid < 0 || Fail(nameof(Messages.TextInvalidUtf8At), invalid, out report);
        }

        if (headLength >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        {
            preamble = 2;
            encoding = new UnicodeEncoding(bigEndian: head[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true);
            invalid = FirstInvalid(stream, preamble, encoding);
            return invalid < 0 || Fail(nameof(Messages.TextInvalidUtf16At), invalid, out report);
        }

        invalid = FirstInvalidUtf8(stream, 0);
        if (invalid < 0)
        {
            return true;
        }

        if (FirstInvalid(stream, 0, StrictGb18030.Value) < 0)
        {
            encoding = StrictGb18030.Value;
            return true;
        }

        return Fail(nameof(Messages.TextInvalidUtf8OrGb18030At), invalid, out report);
    }

    /// <summary>The offset of the first byte from <paramref name="start"/> on that does not begin a valid UTF-8 sequence, or -1.</summary>
    private static long FirstInvalidUtf8(Stream stream, long start)
    {
        stream.Position = start;
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        var chars = ArrayPool<char>.Shared.Rent(ChunkBytes);
        try
        {
            var carry = 0;
            var offset = start;
            while (true)
            {
                var read = stream.Read(bytes, carry, ChunkBytes - carry);
                var final = read == 0;
                var length = carry + read;
                var status = Utf8.ToUtf16(bytes.AsSpan(0, length), chars.AsSpan(0, ChunkBytes), out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
                if (status == System.Buffers.OperationStatus.InvalidData || (final && status != System.Buffers.OperationStatus.Done))
                {
                    return offset + consumed;
                }

                if (final)
                {
                    return -1;
                }

                offset += consumed;
                carry = length - consumed;
                bytes.AsSpan(consumed, carry).CopyTo(bytes);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The offset of the first byte from <paramref name="start"/> on that <paramref name="encoding"/> (throwing on invalid bytes) refuses, or -1.</summary>
    private static long FirstInvalid(Stream stream, long start, Encoding encoding)
    {
        stream.Position = start;
        var decoder = encoding.GetDecoder();
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        var chars = ArrayPool<char>.Shared.Rent(encoding.GetMaxCharCount(ChunkBytes));
        try
        {
            var offset = start;
            while (true)
            {
                var read = stream.Read(bytes, 0, ChunkBytes);
                try
                {
                    decoder.GetChars(bytes, 0, read, chars, 0, flush: read == 0);
                }
                catch (DecoderFallbackException e)
                {
                    return Math.Max(start, offset + e.Index);
                }

                if (read == 0)
                {
                    return -1;
                }

                offset += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static bool Fail(string key, long offset, out ValidationReport report)
    {
        report = ValidationReport.Of(ValidationIssue.Error(VocabularyIssueCodes.InvalidTextEncoding, JsonPaths.Root, Catalog.Of(key, ("offset", offset))));
        return false;
    }
}
