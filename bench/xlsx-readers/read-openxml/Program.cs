using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

// Every row of every sheet as text (dates ISO) with the SAX reader (OpenXmlReader): the work an inventory reader
// does before column mapping. Shared strings read with the SAX reader too; styles (small) as a DOM.
using var document = SpreadsheetDocument.Open(args[0], false);
WorkbookPart book = document.WorkbookPart!;
var strings = new List<string>();
if (book.SharedStringTablePart is { } sstPart)
{
    using var sst = OpenXmlReader.Create(sstPart);
    while (sst.Read())
    {
        if (sst.ElementType == typeof(SharedStringItem) && sst.IsStartElement)
        {
            strings.Add(((SharedStringItem)sst.LoadCurrentElement()!).InnerText);
        }
    }
}

var dateStyles = new HashSet<uint>();
if (book.WorkbookStylesPart?.Stylesheet?.CellFormats is { } formats)
{
    uint index = 0;
    foreach (CellFormat format in formats.Elements<CellFormat>())
    {
        uint id = format.NumberFormatId?.Value ?? 0;
        if (id is >= 14 and <= 22 or >= 164) dateStyles.Add(index);
        index++;
    }
}

long rows = 0, chars = 0;
foreach (Sheet sheet in book.Workbook.Sheets!.Elements<Sheet>())
{
    var part = (WorksheetPart)book.GetPartById(sheet.Id!.Value!);
    using var reader = OpenXmlReader.Create(part);
    while (reader.Read())
    {
        if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
        var row = (Row)reader.LoadCurrentElement()!;
        bool any = false;
        foreach (Cell cell in row.Elements<Cell>())
        {
            string? raw = cell.CellValue?.Text;
            string? text = cell.DataType?.Value switch
            {
                _ when cell.DataType?.Value == CellValues.SharedString => strings[int.Parse(raw!, CultureInfo.InvariantCulture)],
                _ when cell.DataType?.Value == CellValues.InlineString => cell.InlineString?.InnerText,
                _ when raw is not null && cell.StyleIndex?.Value is { } s && dateStyles.Contains(s)
                    => DateTime.FromOADate(double.Parse(raw, CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => raw,
            };
            if (!string.IsNullOrEmpty(text)) { any = true; chars += text.Length; }
        }
        if (any) rows++;
    }
}
Console.WriteLine($"{rows} rows, {chars} chars");
