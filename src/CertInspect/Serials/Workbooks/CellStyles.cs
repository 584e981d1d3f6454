using System.Globalization;
using System.Xml;

namespace CertInspect.Serials.Workbooks;

/// <summary>
/// Which cell formats (the s attribute of a cell, an index into cellXfs, ECMA-376 §18.8.10) show a number as a date
/// or a time: Excel keeps a date as a number of days, and only its format says it is one.
/// </summary>
internal sealed class CellStyles
{
    private readonly DateFormat[] _formats;

    private CellStyles(DateFormat[] formats) => _formats = formats;

    public static CellStyles None { get; } = new([]);

    /// <summary>How the cell format at index shows a number; a number for an unknown index.</summary>
    public DateFormat Format(int index) => index >= 0 && index < _formats.Length ? _formats[index] : DateFormat.None;

    public static CellStyles Read(WorkbookPackage package, string part)
    {
        var custom = new Dictionary<int, string>();
        var formats = new List<DateFormat>();
        bool inCellXfs = false;
        using XmlReader xml = package.OpenXml(part);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }

            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "numFmt" when Integer(xml.GetAttribute("numFmtId")) is { } id && xml.GetAttribute("formatCode") is { } code:
                    custom[id] = code;
                    break;
                case "cellXfs":
                    inCellXfs = !xml.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    if (formats.Count >= WorkbookLimits.MaxCellFormats)
                    {
                        throw new WorkbookException(string.Create(CultureInfo.InvariantCulture, $"{part} holds more than {WorkbookLimits.MaxCellFormats:N0} cell formats; Excel allows 64,000"));
                    }

                    int numberFormat = Integer(xml.GetAttribute("numFmtId")) ?? 0;
                    formats.Add(custom.TryGetValue(numberFormat, out string? formatCode) ? DateFormats.OfCode(formatCode) : DateFormats.BuiltIn(numberFormat));
                    break;
            }
        }

        return new CellStyles([.. formats]);
    }

    private static int? Integer(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : null;
}
