using System.Globalization;
using System.Text;

namespace CertInspect.Reporting.Csv;

/// <summary>
/// Writes RFC 4180 records as UTF-8 bytes, cell by cell, with <see cref="CsvCell"/>'s quoting and formula guard: a
/// cell is assembled from its parts (strings, numbers, dates formatted straight into bytes), then quoted as a whole,
/// so a million devices cost no string per cell. Records gather in a buffer handed to the stream 64 KiB at a time.
/// </summary>
internal sealed class CsvRecordWriter(Stream output)
{
    private const int FlushThreshold = 1 << 16;

    private readonly Stream _output = output;
    private byte[] _record = new byte[FlushThreshold * 2];
    private int _recordLength;
    private byte[] _cell = new byte[1024];
    private int _cellLength;
    private bool _guard;
    private bool _firstCell = true;

    /// <summary>Text that came from the input or from messages: a leading formula character gets a quote mark.</summary>
    public void Text(string? value)
    {
        StartCell(guardFormula: true);
        Append(value);
        EndCell();
    }

    /// <summary>A value CertInspect formats itself (numbers, dates, ids): only quoted if needed, never altered.</summary>
    public void Value(string? value)
    {
        StartCell(guardFormula: false);
        Append(value);
        EndCell();
    }

    public void Number(int? value)
    {
        StartCell(guardFormula: false);
        if (value is { } number)
        {
            Append(number);
        }

        EndCell();
    }

    /// <summary>A date as yyyy-MM-dd.</summary>
    public void Date(DateOnly? value)
    {
        StartCell(guardFormula: false);
        if (value is { } date)
        {
            Append(date);
        }

        EndCell();
    }

    /// <summary>Starts a cell written in parts; <see cref="EndCell"/> quotes and writes it.</summary>
    public void StartCell(bool guardFormula)
    {
        _cellLength = 0;
        _guard = guardFormula;
    }

    public void Append(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
        _cellLength += Encoding.UTF8.GetBytes(text, _cell.AsSpan(_cellLength));
    }

    public void Append(ReadOnlySpan<char> text)
    {
        Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
        _cellLength += Encoding.UTF8.GetBytes(text, _cell.AsSpan(_cellLength));
    }

    public void Append(ReadOnlySpan<byte> utf8)
    {
        Reserve(utf8.Length);
        utf8.CopyTo(_cell.AsSpan(_cellLength));
        _cellLength += utf8.Length;
    }

    /// <summary>A number in invariant digits, at least <paramref name="digits"/> of them (zero-padded).</summary>
    public void Append(long number, int digits = 1)
    {
        Reserve(24);
        if (!number.TryFormat(_cell.AsSpan(_cellLength), out int written, digits > 1 ? (digits == 2 ? "D2" : "D4") : default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("a number longer than its reserved room");
        }

        _cellLength += written;
    }

    public void Append(DateOnly date)
    {
        Reserve(16);
        if (!date.TryFormat(_cell.AsSpan(_cellLength), out int written, "yyyy-MM-dd", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("a date longer than its reserved room");
        }

        _cellLength += written;
    }

    /// <summary>Writes the cell: after a comma unless it is the record's first, with a quote mark before a formula
    /// character (guarded cells), in quotes with doubled quotes when it holds a comma, quote or line break.</summary>
    public void EndCell()
    {
        ReadOnlySpan<byte> cell = _cell.AsSpan(0, _cellLength);
        int quotes = cell.Count((byte)'"');
        bool quoted = quotes > 0 || cell.IndexOfAny(",\r\n"u8) >= 0;
        bool guarded = _guard && cell.Length > 0 && CsvCell.StartsFormula((char)cell[0]);
        EnsureRecord(cell.Length + quotes + 4);
        Span<byte> record = _record.AsSpan();
        if (!_firstCell)
        {
            record[_recordLength++] = (byte)',';
        }

        _firstCell = false;
        if (quoted)
        {
            record[_recordLength++] = (byte)'"';
        }

        if (guarded)
        {
            record[_recordLength++] = (byte)'\'';
        }

        if (quotes == 0)
        {
            cell.CopyTo(record[_recordLength..]);
            _recordLength += cell.Length;
        }
        else
        {
            foreach (byte b in cell)
            {
                record[_recordLength++] = b;
                if (b == '"')
                {
                    record[_recordLength++] = b;
                }
            }
        }

        if (quoted)
        {
            record[_recordLength++] = (byte)'"';
        }
    }

    /// <summary>Ends the record with CRLF (RFC 4180).</summary>
    public void EndRecord()
    {
        EnsureRecord(2);
        _record[_recordLength++] = (byte)'\r';
        _record[_recordLength++] = (byte)'\n';
        _firstCell = true;
        if (_recordLength > FlushThreshold)
        {
            Flush();
        }
    }

    /// <summary>Hands the records written so far to the stream.</summary>
    public void Flush()
    {
        _output.Write(_record, 0, _recordLength);
        _recordLength = 0;
    }

    private void Reserve(int bytes)
    {
        if (_cellLength + bytes > _cell.Length)
        {
            Array.Resize(ref _cell, Math.Max(_cell.Length * 2, _cellLength + bytes));
        }
    }

    private void EnsureRecord(int bytes)
    {
        if (_recordLength + bytes > _record.Length)
        {
            Array.Resize(ref _record, Math.Max(_record.Length * 2, _recordLength + bytes));
        }
    }
}
