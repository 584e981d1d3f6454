using System.Text;
using CertInspect.Evidence;
using CertInspect.Serials;

namespace CertInspect.Fleet;

/// <summary>
/// A temporary file holding every observation of a run, so that memory does not grow with the row count: the fleet
/// keeps only offsets into it. The file is deleted when the spill is disposed (or the process ends).
/// </summary>
internal sealed class ObservationSpill : IDisposable
{
    private readonly FileStream _stream;
    private readonly BinaryWriter _writer;
    private readonly BinaryReader _reader;
    // A source and, for a workbook row, its sheet.
    private readonly Dictionary<(string Source, string? Sheet), int> _sourceIds = [];
    private readonly List<(string Source, string? Sheet)> _sources = [];
    private bool _writing = true;

    public ObservationSpill()
    {
        string path = Path.Combine(Path.GetTempPath(), $"certinspect-{Guid.NewGuid():N}.spill");
        _stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _writer = new BinaryWriter(_stream, Encoding.UTF8, leaveOpen: true);
        _reader = new BinaryReader(_stream, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>Appends an observation and returns its offset. All appends come before the first read.</summary>
    public long Append(InventoryObservation observation, SerialNumber serial)
    {
        if (!_writing)
        {
            throw new InvalidOperationException("The spill is read-only once reading has started.");
        }

        // FileStream.Position counts buffered bytes, so no flush or seek (a system call per row) is needed.
        long offset = _stream.Position;
        _writer.Write(SourceId(observation.Location));
        _writer.Write(observation.Location.Line ?? -1);
        _writer.Write(observation.Text);
        _writer.Write(observation.Serial);
        WriteOptional(observation.Name);
        WriteOptional(observation.Model);
        WriteOptional(observation.Mac);
        WriteOptional(observation.Site);
        _writer.Write(observation.Extra.Count);
        foreach ((string key, string value) in observation.Extra)
        {
            _writer.Write(key);
            _writer.Write(value);
        }

        WriteSerial(serial);
        return offset;
    }

    public SpilledRow Read(long offset)
    {
        if (_writing)
        {
            _writer.Flush();
            _writing = false;
        }

        // Reads mostly follow each other; FileStream keeps its buffer when the position does not really move.
        if (_stream.Position != offset)
        {
            _stream.Position = offset;
        }

        (string source, string? sheet) = _sources[_reader.ReadInt32()];
        long line = _reader.ReadInt64();
        string text = _reader.ReadString();
        string serial = _reader.ReadString();
        string? name = ReadOptional();
        string? model = ReadOptional();
        string? mac = ReadOptional();
        string? site = ReadOptional();
        int extraCount = _reader.ReadInt32();
        var extra = new KeyValuePair<string, string>[extraCount];
        for (int i = 0; i < extraCount; i++)
        {
            extra[i] = new(_reader.ReadString(), _reader.ReadString());
        }

        var observation = new InventoryObservation(
            new SourceLocation(source, line < 0 ? null : line) { Sheet = sheet }, text, serial, name, model, mac, site, extra);
        return new SpilledRow(observation, ReadSerial());
    }

    public void Dispose()
    {
        _writer.Dispose();
        _reader.Dispose();
        _stream.Dispose();
    }

    private int SourceId(SourceLocation location)
    {
        (string, string?) source = (location.Source, location.Sheet);
        if (!_sourceIds.TryGetValue(source, out int id))
        {
            id = _sources.Count;
            _sources.Add(source);
            _sourceIds.Add(source, id);
        }

        return id;
    }

    private void WriteOptional(string? value)
    {
        _writer.Write(value is not null);
        if (value is not null)
        {
            _writer.Write(value);
        }
    }

    private string? ReadOptional() => _reader.ReadBoolean() ? _reader.ReadString() : null;

    // The serial as it was decoded while reading, so that building the device does not decode it again.
    private void WriteSerial(SerialNumber serial)
    {
        _writer.Write(serial.Text);
        WriteOptional(serial.Location);
        WriteOptional(serial.NotDateCodedReason);
        _writer.Write(serial.Manufactured is not null);
        if (serial.Manufactured is { } week)
        {
            _writer.Write(week.Year);
            _writer.Write(week.YearCode);
            _writer.Write(week.Week);
            _writer.Write(week.Month);
        }
    }

    private SerialNumber ReadSerial()
    {
        string text = _reader.ReadString();
        string? location = ReadOptional();
        string? notDateCoded = ReadOptional();
        ManufactureWeek? week = _reader.ReadBoolean()
            ? new ManufactureWeek(_reader.ReadInt32(), _reader.ReadInt32(), _reader.ReadInt32(), _reader.ReadInt32())
            : null;
        return new SerialNumber(text, location, week, notDateCoded);
    }
}
