using System.Text;

namespace CertInspect.Inputs;

/// <summary>
/// Passes the lines of a reader through whole and leaves out every line longer than a limit in UTF-8 bytes, keeping
/// its line break so that line numbers hold. A parser behind it (CsvHelper, which gives up on an over-long record and
/// cannot read on) never sees such a line; the caller reports each one from <see cref="Skipped"/> and reads on. A
/// line is held until it ends, so at most the limit plus one read of the inner reader is in memory.
/// </summary>
public sealed class LongLineFilter(TextReader inner, int maximumBytes) : TextReader
{
    private const int ChunkSize = 1 << 16;

    private readonly char[] _chunk = new char[ChunkSize];
    private readonly StringBuilder _line = new();
    private readonly StringBuilder _ready = new();
    private int _readyAt;
    private long _lineBytes;
    private long _lineNumber = 1;
    private bool _skipping;
    private bool _afterCarriageReturn;
    private bool _ended;

    /// <summary>The lines left out, oldest first, each with its 1-based number (CR, LF or CRLF end a line) and length.</summary>
    public Queue<(long Line, long Bytes)> Skipped { get; } = new();

    public override int Peek()
    {
        Fill();
        return _readyAt < _ready.Length ? _ready[_readyAt] : -1;
    }

    public override int Read()
    {
        Fill();
        return _readyAt < _ready.Length ? _ready[_readyAt++] : -1;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        Fill();
        int count = Math.Min(buffer.Length, _ready.Length - _readyAt);
        _ready.CopyTo(_readyAt, buffer, count);
        _readyAt += count;
        return count;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    // Reads on until a line is complete (or the input ends) whenever everything ready was handed out.
    private void Fill()
    {
        if (_readyAt < _ready.Length)
        {
            return;
        }

        _ready.Clear();
        _readyAt = 0;
        while (_ready.Length == 0 && !_ended)
        {
            int read = inner.Read(_chunk);
            if (read == 0)
            {
                _ended = true;
                EndLine(lineBreak: ReadOnlySpan<char>.Empty);
                break;
            }

            Take(_chunk.AsSpan(0, read));
        }
    }

    private void Take(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            // The LF of a CRLF split between two reads belongs to the line the CR ended.
            if (_afterCarriageReturn && text[0] == '\n')
            {
                _ready.Append('\n');
                text = text[1..];
                _afterCarriageReturn = false;
                continue;
            }

            _afterCarriageReturn = false;
            int end = text.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                Append(text);
                return;
            }

            bool crlf = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n';
            ReadOnlySpan<char> lineBreak = text.Slice(end, crlf ? 2 : 1);
            if (_line.Length == 0 && !_skipping && Encoding.UTF8.GetMaxByteCount(end) <= maximumBytes)
            {
                // The usual line, whole in this read and surely short enough: straight out, without holding it.
                _ready.Append(text[..end]).Append(lineBreak);
                _lineNumber++;
            }
            else
            {
                Append(text[..end]);
                EndLine(lineBreak);
            }

            _afterCarriageReturn = text[end] == '\r' && !crlf;
            text = text[(end + (crlf ? 2 : 1))..];
        }
    }

    private void Append(ReadOnlySpan<char> part)
    {
        _lineBytes += Encoding.UTF8.GetByteCount(part);
        if (_skipping)
        {
            return;
        }

        if (_lineBytes > maximumBytes)
        {
            _skipping = true;
            _line.Clear();
            return;
        }

        _line.Append(part);
    }

    private void EndLine(ReadOnlySpan<char> lineBreak)
    {
        if (_skipping)
        {
            Skipped.Enqueue((_lineNumber, _lineBytes));
        }
        else
        {
            _ready.Append(_line);
        }

        _ready.Append(lineBreak);
        _line.Clear();
        _lineBytes = 0;
        _skipping = false;
        _lineNumber++;
    }
}
