using System.Buffers;
using System.Text.Unicode;
using AccountabilityKit.Validation;

namespace AccountabilityKit.Serialization;

/// <summary>A problem found in the bytes of a stream while it was read (size, encoding); carried out of System.Text.Json unchanged.</summary>
internal sealed class DocumentRejectedException(ValidationReport report) : Exception(report.ToString(System.Globalization.CultureInfo.InvariantCulture))
{
    public ValidationReport Report { get; } = report;
}

/// <summary>
/// A read-only view of a stream that passes its bytes on unchanged while checking them: more than <c>maxBytes</c> is
/// <c>AK046</c>, a byte sequence that is not UTF-8 is <c>AK045</c> with its offset (both thrown as <see cref="DocumentRejectedException"/>
/// before the offending bytes are passed on). A sequence cut by a read boundary is checked with the next read. The inner
/// stream is not disposed.
/// </summary>
internal sealed class StrictUtf8Stream(Stream inner, long maxBytes) : Stream
{
    private readonly byte[] carry = new byte[4];
    private int carried;
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Check(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Check(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void Check(ReadOnlySpan<byte> chunk)
    {
        if (chunk.IsEmpty)
        {
            if (carried > 0)
            {
                // The stream ended inside a multi-byte sequence.
                throw new DocumentRejectedException(DocumentText.InvalidUtf8(position - carried));
            }

            return;
        }

        if (position + chunk.Length > maxBytes)
        {
            throw new DocumentRejectedException(DocumentText.TooLarge(null, maxBytes));
        }

        // Validate the carried bytes with the new chunk; keep an incomplete trailing sequence for the next read.
        var start = position - carried;
        var length = carried + chunk.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        var chars = ArrayPool<char>.Shared.Rent(length);
        try
        {
            carry.AsSpan(0, carried).CopyTo(rented);
            chunk.CopyTo(rented.AsSpan(carried));
            var bytes = rented.AsSpan(0, length);
            var status = Utf8.ToUtf16(bytes, chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: false);
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                throw new DocumentRejectedException(DocumentText.InvalidUtf8(start + consumed));
            }

            carried = length - consumed;
            bytes[consumed..].CopyTo(carry);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(rented);
        }

        position += chunk.Length;
    }
}
