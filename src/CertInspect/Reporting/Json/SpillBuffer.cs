namespace CertInspect.Reporting.Json;

/// <summary>
/// Bytes a writer holds back until it knows what goes before them: in memory up to a limit, then in a temporary
/// file deleted when the buffer is disposed. The JSON report writes its devices here while they are counted, so its
/// summary can come first without a second pass over a million devices.
/// </summary>
internal sealed class SpillBuffer : Stream
{
    // Small: the buffer counts against the peak memory of a million-device run (bench/README.md).
    private const int MemoryLimit = 8 * 1024 * 1024;
    private Stream _store = new MemoryStream();
    private bool _spilled;

    /// <summary>The temporary file once the buffer has spilled; null while it is in memory.</summary>
    public string? SpillPath { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _store.Length;

    public override long Position
    {
        get => _store.Position;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!_spilled && _store.Length + buffer.Length > MemoryLimit)
        {
            SpillPath = Path.Combine(Path.GetTempPath(), $"certinspect-{Guid.NewGuid():N}.spill");
            var file = new FileStream(SpillPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            _store.Position = 0;
            _store.CopyTo(file);
            _store.Dispose();
            _store = file;
            _spilled = true;
        }

        _store.Write(buffer);
    }

    /// <summary>Everything written, in order, onto the output.</summary>
    public void WriteTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _store.Flush();
        _store.Position = 0;
        _store.CopyTo(output, 1 << 16);
    }

    public override void Flush() => _store.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _store.Dispose();
        }

        base.Dispose(disposing);
    }
}
