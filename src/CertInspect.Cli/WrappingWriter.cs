using System.Text;
using CertInspect.Reporting.Table;

namespace CertInspect.Cli;

/// <summary>
/// Standard error for a person at a terminal (or under COLUMNS): each message line wrapped between words at the
/// width, its continuation two spaces in, so that a message reads whole on an 80-column screen. A line holding a
/// carriage return (the progress line, rewritten in place) passes as it is, and so does what is flushed before its
/// line ends.
/// </summary>
internal sealed class WrappingWriter(TextWriter inner, int width) : TextWriter
{
    private const int Hanging = 2;
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            EndLine();
        }
        else
        {
            _line.Append(value);
        }
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        int end;
        while ((end = buffer.IndexOf('\n')) >= 0)
        {
            _line.Append(buffer[..end]);
            EndLine();
            buffer = buffer[(end + 1)..];
        }

        _line.Append(buffer);
    }

    public override void Flush()
    {
        if (_line.Length > 0)
        {
            inner.Write(_line.ToString());
            _line.Clear();
        }

        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void EndLine()
    {
        string line = _line.ToString();
        _line.Clear();
        if (line.Contains('\r', StringComparison.Ordinal))
        {
            inner.WriteLine(line);
            return;
        }

        foreach (string part in HangingIndent.Wrap(string.Empty, line, Hanging, width))
        {
            inner.WriteLine(part);
        }
    }
}
