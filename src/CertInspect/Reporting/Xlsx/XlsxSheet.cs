using System.Globalization;
using System.Text;
using System.Xml;

namespace CertInspect.Reporting.Xlsx;

/// <summary>
/// One worksheet written row by row into the workbook's zip entry, never held in memory: a bold header row, frozen,
/// with a filter over the columns, and the columns' widths. Text is written inline (no shared-string table to keep),
/// dates as dates, numbers as numbers. When a sheet reaches Excel's 1,048,576 rows it continues in a new sheet
/// named "NAME (2)", with the header again (<see cref="Parts"/>).
/// </summary>
public sealed class XlsxSheet : IDisposable
{
    /// <summary>Excel's rows per sheet (ECMA-376 and Excel's specification limits), the header row included.</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>Excel's characters per cell; longer text is cut, ending in an ellipsis.</summary>
    public const int MaxCellCharacters = 32_767;

    private static readonly DateOnly _excelEpoch = new(1899, 12, 30);
    private readonly XlsxWorkbook _workbook;
    private readonly IReadOnlyList<XlsxColumn> _columns;
    private readonly int _maxRows;
    private XmlWriter? _xml;
    private Stream? _entry;
    private int _rows;
    private bool _inRow;

    internal XlsxSheet(XlsxWorkbook workbook, string name, IReadOnlyList<XlsxColumn> columns, int maxRows)
    {
        _workbook = workbook;
        _columns = columns;
        _maxRows = maxRows;
        Name = name;
        Open(name);
    }

    public string Name { get; }

    /// <summary>The sheets this one was written into: one, unless it passed Excel's row limit.</summary>
    public IReadOnlyList<string> Parts => _parts;

    /// <summary>Data rows written, over every part.</summary>
    public long DataRows { get; private set; }

    private readonly List<string> _parts = [];

    public void StartRow()
    {
        if (_rows == _maxRows)
        {
            Close();
            Open($"{Name} ({_parts.Count + 1})");
        }

        _rows++;
        DataRows++;
        _xml!.WriteStartElement("row");
        _xml.WriteAttributeString("r", _rows.ToString(CultureInfo.InvariantCulture));
        _inRow = true;
    }

    public void EndRow()
    {
        _xml!.WriteEndElement();
        _inRow = false;
    }

    public void Text(string? value, XlsxStyle style = XlsxStyle.Default)
    {
        if (string.IsNullOrEmpty(value))
        {
            Empty(style);
            return;
        }

        _xml!.WriteStartElement("c");
        Style(style);
        _xml.WriteAttributeString("t", "inlineStr");
        _xml.WriteStartElement("is");
        _xml.WriteStartElement("t");
        _xml.WriteAttributeString("xml", "space", null, "preserve");
        _xml.WriteString(Clean(value));
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    public void Number(long? value, XlsxStyle style = XlsxStyle.Default)
    {
        if (value is not { } number)
        {
            Empty(style);
            return;
        }

        _xml!.WriteStartElement("c");
        Style(style);
        _xml.WriteElementString("v", number.ToString(CultureInfo.InvariantCulture));
        _xml.WriteEndElement();
    }

    public void Date(DateOnly? value)
    {
        if (value is not { } date)
        {
            Empty(XlsxStyle.Default);
            return;
        }

        Number(date.DayNumber - _excelEpoch.DayNumber, XlsxStyle.Date);
    }

    public void Dispose() => Close();

    private void Empty(XlsxStyle style)
    {
        _xml!.WriteStartElement("c");
        Style(style);
        _xml.WriteEndElement();
    }

    private void Style(XlsxStyle style)
    {
        if (style != XlsxStyle.Default)
        {
            _xml!.WriteAttributeString("s", ((int)style).ToString(CultureInfo.InvariantCulture));
        }
    }

    private void Open(string name)
    {
        _parts.Add(name);
        _entry = _workbook.OpenSheetEntry(name, _columns.Count);
        _xml = XmlWriter.Create(_entry, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        _xml.WriteStartDocument(standalone: true);
        _xml.WriteStartElement("worksheet", XlsxWorkbook.MainNamespace);
        _xml.WriteRaw("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>");
        _xml.WriteStartElement("cols");
        for (int i = 0; i < _columns.Count; i++)
        {
            _xml.WriteStartElement("col");
            _xml.WriteAttributeString("min", (i + 1).ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("max", (i + 1).ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("width", _columns[i].Width.ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("customWidth", "1");
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        _xml.WriteStartElement("sheetData");
        _rows = 0;
        StartRowWithoutContinuing();
        foreach (XlsxColumn column in _columns)
        {
            Text(column.Header, XlsxStyle.Header);
        }

        EndRow();
    }

    private void StartRowWithoutContinuing()
    {
        _rows++;
        _xml!.WriteStartElement("row");
        _xml.WriteAttributeString("r", _rows.ToString(CultureInfo.InvariantCulture));
    }

    private void Close()
    {
        if (_xml is null)
        {
            return;
        }

        if (_inRow)
        {
            EndRow();
        }

        _xml.WriteEndElement();
        _xml.WriteStartElement("autoFilter");
        _xml.WriteAttributeString("ref", $"A1:{XlsxWorkbook.ColumnName(_columns.Count)}{_rows.ToString(CultureInfo.InvariantCulture)}");
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Dispose();
        _entry!.Dispose();
        _workbook.SheetClosed(_rows);
        _xml = null;
    }

    // XML 1.0 cannot carry most control characters, nor a lone surrogate: they become U+FFFD. Excel cuts cells at
    // 32,767 characters.
    private static string Clean(string value)
    {
        bool clean = value.Length <= MaxCellCharacters;
        for (int i = 0; clean && i < value.Length; i++)
        {
            clean = !IsInvalid(value, i);
        }

        if (clean)
        {
            return value;
        }

        var builder = new StringBuilder(Math.Min(value.Length, MaxCellCharacters));
        for (int i = 0; i < value.Length && builder.Length < MaxCellCharacters - 1; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(value[i]).Append(value[i + 1]);
                i++;
                continue;
            }

            builder.Append(IsInvalid(value, i) ? '\uFFFD' : value[i]);
        }

        return builder.Length < value.Length ? builder.Append('…').ToString() : builder.ToString();
    }

    private static bool IsInvalid(string value, int i)
    {
        char c = value[i];
        return (c < 0x20 && c is not '\t' and not '\n' and not '\r')
            || c is '\uFFFE' or '\uFFFF'
            || (char.IsHighSurrogate(c) && (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])))
            || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1])));
    }
}
