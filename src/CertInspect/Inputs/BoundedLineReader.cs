using System.Text;

namespace CertInspect.Inputs;

/// <summary>
/// Reads lines like TextReader.ReadLine (CR, LF or CRLF end a line) but never holds more than a limit: the rest of a
/// longer line is skipped, and the caller is told, so that a gigabyte without a line break costs no memory.
/// </summary>
public sealed class BoundedLineReader(TextReader reader, int maximumLength)
{
    private readonly StringBuilder _line = new();

    /// <summary>The next line, or null at the end. <paramref name="truncated"/> says the line was longer than the limit.</summary>
    public string? ReadLine(out bool truncated)
    {
        _line.Clear();
        truncated = false;
        int c;
        bool any = false;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (c == '\n')
            {
                return _line.ToString();
            }

            if (c == '\r')
            {
                if (reader.Peek() == '\n')
                {
                    reader.Read();
                }

                return _line.ToString();
            }

            if (_line.Length < maximumLength)
            {
                _line.Append((char)c);
            }
            else
            {
                truncated = true;
            }
        }

        return any ? _line.ToString() : null;
    }
}
