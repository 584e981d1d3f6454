using System.Globalization;
using System.Text;
using System.Xml;

namespace CertInspect.Serials.Workbooks;

/// <summary>
/// The shared-strings table (ECMA-376 §18.4.9): cells of type "s" name an entry by index, so the table is held while
/// the sheets are read. Each entry is kept as UTF-8 in 1 MiB chunks (a string never spans two), not as a .NET string:
/// a 200,000-row inventory's table costs about a third of the memory, and the limits of <see cref="WorkbookLimits"/>
/// bound a hostile one.
/// </summary>
internal sealed class SharedStrings
{
    private const int ChunkBits = 20;
    private const int ChunkSize = 1 << ChunkBits;

    // An entry's UTF-8 length is at most 3 × 32,767 bytes: 17 bits; its start fits the rest of a long.
    private const int LengthBits = 17;

    private readonly List<byte[]> _chunks = [];
    private readonly char[] _chars = new char[WorkbookLimits.MaxCellChars];
    private long[] _entries = new long[1024];
    private readonly int _maxStrings;
    private readonly long _maxBytes;
    private int _count;
    private int _used = ChunkSize;

    private SharedStrings(int maxStrings, long maxBytes)
    {
        _maxStrings = maxStrings;
        _maxBytes = maxBytes;
    }

    public static SharedStrings Empty { get; } = new(0, 0);

    public int Count => _count;

    /// <param name="maxStrings">Tests give smaller limits than <see cref="WorkbookLimits"/>.</param>
    public static SharedStrings Read(WorkbookPackage package, string part, int maxStrings = WorkbookLimits.MaxSharedStrings, long maxBytes = WorkbookLimits.MaxSharedStringBytes)
    {
        var table = new SharedStrings(maxStrings, maxBytes);
        var text = new StringBuilder();
        char[] buffer = new char[4096];
        using XmlReader xml = package.OpenXml(part);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "si")
            {
                continue;
            }

            text.Clear();
            if (!WorkbookXml.AppendRichText(xml, text, WorkbookLimits.MaxCellChars, buffer))
            {
                throw new WorkbookException(string.Create(CultureInfo.InvariantCulture, $"{part}: shared string {table.Count} is longer than Excel's {WorkbookLimits.MaxCellChars:N0} characters"));
            }

            table.Add(text, part);
        }

        return table;
    }

    /// <summary>The entry at index; null when there is none (a cell that names it is malformed).</summary>
    public string? Get(int index)
    {
        if (index < 0 || index >= _count)
        {
            return null;
        }

        long entry = _entries[index];
        long start = entry >> LengthBits;
        return Encoding.UTF8.GetString(_chunks[(int)(start >> ChunkBits)], (int)(start & (ChunkSize - 1)), (int)(entry & ((1 << LengthBits) - 1)));
    }

    private void Add(StringBuilder text, string part)
    {
        if (_count >= _maxStrings)
        {
            throw new WorkbookException(string.Create(CultureInfo.InvariantCulture, $"{part} holds more than {_maxStrings:N0} shared strings; it is not read"));
        }

        int bytes = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_used + bytes > ChunkSize)
        {
            if ((long)(_chunks.Count + 1) * ChunkSize > _maxBytes)
            {
                throw new WorkbookException(string.Create(CultureInfo.InvariantCulture, $"{part} holds more than {_maxBytes >> 20:N0} MiB of shared strings ({_count:N0} read); it is not read"));
            }

            _chunks.Add(new byte[ChunkSize]);
            _used = 0;
        }

        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        // Copied whole, so that a surrogate pair split between two of the builder's chunks is encoded as one character.
        text.CopyTo(0, _chars, text.Length);
        long start = ((long)(_chunks.Count - 1) << ChunkBits) | (long)_used;
        int length = Encoding.UTF8.GetBytes(_chars.AsSpan(0, text.Length), _chunks[^1].AsSpan(_used));
        _used += length;
        _entries[_count++] = (start << LengthBits) | (long)length;
    }
}
