using System.Text;

namespace CertInspect.Serials;

/// <summary>
/// Excel's way to keep a cell text ("=\"FGL1844K9P7\"", so that a serial like 00123E45 stays what it is): a CSV field
/// that starts with ="…" is rewritten as an ordinary quoted field, line by line, before the CSV is parsed. Without
/// it the quote inside an unquoted field makes the row malformed.
/// </summary>
public sealed class ExcelTextCells(TextReader inner, char separator) : TextReader
{
    private string? _pending;
    private int _position;

    /// <summary>Whether text holds an Excel text cell at all: only then is the rewriting worth its cost.</summary>
    public static bool Present(string text) => text.Contains("=\"", StringComparison.Ordinal);

    public override int Read()
    {
        if (!Fill())
        {
            return -1;
        }

        return _pending![_position++];
    }

    public override int Peek() => Fill() ? _pending![_position] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (!Fill())
        {
            return 0;
        }

        int n = Math.Min(count, _pending!.Length - _position);
        _pending.CopyTo(_position, buffer, index, n);
        _position += n;
        return n;
    }

    /// <summary>One line with its Excel text cells made plain quoted fields.</summary>
    public static string Rewrite(string line, char separator)
    {
        ArgumentNullException.ThrowIfNull(line);
        var result = new StringBuilder(line.Length);
        bool fieldStart = true;
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (fieldStart && !quoted && c == '=' && i + 1 < line.Length && line[i + 1] == '"')
            {
                // ="text" → "text": drop the equals sign, keep the quoted field.
                fieldStart = false;
                continue;
            }

            if (c == '"')
            {
                quoted = !quoted;
            }

            fieldStart = !quoted && c == separator;
            result.Append(c);
        }

        return result.ToString();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool Fill()
    {
        if (_pending is not null && _position < _pending.Length)
        {
            return true;
        }

        string? line = inner.ReadLine();
        if (line is null)
        {
            _pending = null;
            return false;
        }

        _pending = Rewrite(line, separator) + "\n";
        _position = 0;
        return true;
    }
}
