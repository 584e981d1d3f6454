using System.Globalization;
using System.Text;
using System.Xml;

namespace CertInspect.Serials.Workbooks;

/// <summary>
/// Streams a worksheet part (ECMA-376 §18.3.1.99, sheetData) row by row with an XmlReader: nothing of the sheet is
/// held but the row being read, rows without a value (empty, or only styled cells) are passed over, and each cell's
/// value becomes the text Excel shows for it in ISO form (shared and inline strings, numbers, dates, booleans, errors).
/// </summary>
internal sealed class SheetReader : IDisposable
{
    private readonly XmlReader _xml;
    private readonly string _part;
    private readonly SharedStrings _strings;
    private readonly CellStyles _styles;
    private readonly bool _date1904;
    private readonly StringBuilder _text = new();
    private readonly char[] _buffer = new char[4096];
    private bool _inSheetData;
    private bool _ended;
    private long _lastRow;

    public SheetReader(WorkbookPackage package, string part, SharedStrings strings, CellStyles styles, bool date1904)
    {
        _xml = package.OpenXml(part);
        _part = part;
        _strings = strings;
        _styles = styles;
        _date1904 = date1904;
    }

    /// <summary>Reads on to the next row with a value (or a problem) into row; false at the end of the sheet.</summary>
    public bool Next(SheetRow row)
    {
        while (!_ended && _xml.Read())
        {
            if (_xml.NodeType == XmlNodeType.EndElement && _xml.LocalName == "sheetData")
            {
                _ended = true;
            }
            else if (_xml.NodeType == XmlNodeType.Element && _xml.LocalName == "sheetData")
            {
                _inSheetData = true;
                _ended = _xml.IsEmptyElement;
            }
            else if (_inSheetData && _xml.NodeType == XmlNodeType.Element && _xml.LocalName == "row")
            {
                ReadRow(row);
                if (!row.IsBlank)
                {
                    return true;
                }
            }
        }

        return false;
    }

    public void Dispose() => _xml.Dispose();

    private void ReadRow(SheetRow row)
    {
        string? r = _xml.GetAttribute("r");
        long number = r is null ? _lastRow + 1 : long.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out long n) ? n : 0;
        if (number is < 1 or > WorkbookLimits.MaxRows)
        {
            throw new WorkbookException($"{_part}: a row numbered '{Shorten(r ?? number.ToString(CultureInfo.InvariantCulture))}', outside Excel's rows 1 to 1,048,576");
        }

        _lastRow = number;
        row.Start(number);
        if (_xml.IsEmptyElement)
        {
            return;
        }

        int depth = _xml.Depth;
        int column = -1;
        while (_xml.Read() && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.NodeType == XmlNodeType.Element && _xml.LocalName == "c")
            {
                column = ReadCell(row, column + 1);
            }
        }

        if (row.Problem is null && row.Characters > InventoryCsvReader.MaxRecordBytes)
        {
            row.Problem = string.Create(CultureInfo.InvariantCulture, $"the row is {row.Characters} characters long; rows over {InventoryCsvReader.MaxRecordBytes} are not read");
        }
    }

    // Reads the cell the reader is on into row; returns its column. A cell without a reference follows the one before.
    private int ReadCell(SheetRow row, int next)
    {
        string? reference = _xml.GetAttribute("r");
        string? type = _xml.GetAttribute("t");
        int style = int.TryParse(_xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out int s) ? s : 0;
        int column = reference is null ? next : ColumnOf(reference) ?? next;
        if (column >= WorkbookLimits.MaxColumns)
        {
            throw new WorkbookException($"{_part}: a cell '{Shorten(reference ?? "(no reference)")}' in row {row.Number}, past Excel's last column XFD");
        }

        if (_xml.IsEmptyElement)
        {
            return column;
        }

        _text.Clear();
        bool fits = true;
        int depth = _xml.Depth;
        _xml.Read();
        while (!(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.NodeType == XmlNodeType.Element && _xml.LocalName is "v" or "is")
            {
                // A value and an inline string are alternatives (§18.3.1.4): whichever comes is the cell's.
                _text.Clear();
                fits = _xml.LocalName == "v"
                    ? WorkbookXml.AppendText(_xml, _text, WorkbookLimits.MaxCellChars, _buffer)
                    : WorkbookXml.AppendRichText(_xml, _text, WorkbookLimits.MaxCellChars, _buffer);
            }
            else if (_xml.NodeType == XmlNodeType.Element && _xml.Depth == depth + 1)
            {
                // The formula (f) and extensions: what Excel computed is in v.
                _xml.Skip();
                continue;
            }

            if (!_xml.Read())
            {
                break;
            }
        }

        if (!fits)
        {
            row.Problem ??= $"cell {CellName(column, row.Number)} is longer than Excel's {WorkbookLimits.MaxCellChars:N0} characters";
        }

        row.Add(column, Text(type, style, column, row.Number));
        return column;
    }

    private string Text(string? type, int style, int column, long rowNumber)
    {
        string value = _text.ToString();
        switch (type)
        {
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && _strings.Get(index) is { } shared
                    ? shared
                    : throw new WorkbookException(string.Create(CultureInfo.InvariantCulture, $"{_part}: cell {CellName(column, rowNumber)} names shared string '{Shorten(value)}', and the table has {_strings.Count}"));
            case "b":
                return value.Trim() switch { "1" => "TRUE", "0" => "FALSE", _ => value };
            case "inlineStr" or "str" or "e" or "d":
                return value;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
        {
            return value;
        }

        DateFormat format = _styles.Format(style);
        if (format != DateFormat.None && DateFormats.Text(number, format, _date1904) is { } date)
        {
            return date;
        }

        // A serial, asset number or port stored as a number reads as its digits, never "1.23E+5".
        return number == Math.Floor(number) && Math.Abs(number) < 1e15
            ? ((long)number).ToString(CultureInfo.InvariantCulture)
            : number.ToString("R", CultureInfo.InvariantCulture);
    }

    // "AB12" → 27; null when the reference does not start with a column's letters.
    private static int? ColumnOf(string reference)
    {
        int column = 0;
        int i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && column <= WorkbookLimits.MaxColumns; i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        return i == 0 ? null : column - 1;
    }

    private static string CellName(int column, long row)
    {
        var name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((c - 1) % 26)));
        }

        return string.Create(CultureInfo.InvariantCulture, $"{name}{row}");
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : string.Concat(text.AsSpan(0, 17), "...");
}
