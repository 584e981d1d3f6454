using System.Text;

namespace CertInspect.Reporting;

/// <summary>
/// A write-only stream of UTF-8 onto a TextWriter, so that writers that format bytes (Utf8JsonWriter, the CSV
/// writer) can write to any writer. A StreamWriter that encodes UTF-8 without a byte order mark (a report file,
/// standard output) gets the bytes as they are, on its own stream after what it holds is flushed: a gigabyte report
/// is not decoded into characters to be encoded again. Any other writer gets them decoded. Dispose or flush before
/// writing to the TextWriter again.
/// </summary>
internal sealed class TextWriterStream : Stream
{
    private const int BufferSize = 1 << 16;

    private readonly TextWriter _output;
    private readonly Decoder _decoder = new UTF8Encoding(false, true).GetDecoder();
    private readonly Stream? _bytes;
    private readonly byte[] _pending = [];
    private int _pendingCount;
    private char[] _chars = new char[4096];

    public TextWriterStream(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        if (output is StreamWriter { Encoding: UTF8Encoding encoding } writer && encoding.Preamble.Length == 0)
        {
            writer.Flush();
            _bytes = writer.BaseStream;

            // Standard output is unbuffered (StandardOutput): small writes are gathered here.
            _pending = new byte[BufferSize];
        }
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_bytes is not null)
        {
            if (_pendingCount + buffer.Length > _pending.Length)
            {
                FlushPending();
            }

            if (buffer.Length >= _pending.Length)
            {
                _bytes.Write(buffer);
                return;
            }

            buffer.CopyTo(_pending.AsSpan(_pendingCount));
            _pendingCount += buffer.Length;
            return;
        }

        int needed = _decoder.GetCharCount(buffer, flush: false);
        if (needed > _chars.Length)
        {
            _chars = new char[needed];
        }

        int written = _decoder.GetChars(buffer, _chars, flush: false);
        _output.Write(_chars, 0, written);
    }

    public override void Flush()
    {
        if (_bytes is not null)
        {
            FlushPending();
            _bytes.Flush();
        }
        else
        {
            _output.Flush();
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    // The writer's own stream is its to close: disposing this stream only hands over what it holds.
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            FlushPending();
        }

        base.Dispose(disposing);
    }

    private void FlushPending()
    {
        if (_pendingCount > 0)
        {
            _bytes!.Write(_pending, 0, _pendingCount);
            _pendingCount = 0;
        }
    }
}
