using System.Globalization;

namespace CertInspect.Serials.Workbooks;

/// <summary>
/// A part of the zip as it inflates, counted: past its bound (<see cref="WorkbookLimits"/>) reading stops with a
/// <see cref="WorkbookException"/>, so that a zip bomb costs at most the bound's worth of inflating.
/// </summary>
internal sealed class BoundedPartStream : Stream
{
    private readonly Stream _inner;
    private readonly string _part;
    private readonly long _compressed;
    private readonly long _limit;
    private long _read;

    public BoundedPartStream(Stream inner, string part, long compressedLength)
    {
        _inner = inner;
        _part = part;
        _compressed = compressedLength;
        long byRatio = compressedLength > long.MaxValue / WorkbookLimits.MaxInflateRatio ? long.MaxValue : compressedLength * WorkbookLimits.MaxInflateRatio;
        _limit = Math.Min(WorkbookLimits.MaxPartBytes, Math.Max(WorkbookLimits.RatioFreeBytes, byRatio));
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = _inner.Read(buffer);
        _read += n;
        if (_read > _limit)
        {
            string why = _limit == WorkbookLimits.MaxPartBytes
                ? string.Create(CultureInfo.InvariantCulture, $"it inflates to more than {_limit >> 20} MiB")
                : string.Create(CultureInfo.InvariantCulture, $"it inflates to more than {_limit >> 20} MiB from {_compressed:N0} bytes, over {WorkbookLimits.MaxInflateRatio} times its compressed size (a zip bomb)");
            throw new WorkbookException($"{_part} is not read: {why}");
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
