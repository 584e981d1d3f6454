using System.Globalization;
using System.Xml;
using CertInspect.Evidence;
using CertInspect.Serials.Workbooks;

namespace CertInspect.Serials;

/// <summary>
/// Reads an Excel workbook (.xlsx, ECMA-376) as an inventory, as <see cref="InventoryCsvReader"/> reads a CSV: every
/// worksheet whose header row (within its first 30 rows, below any title rows) has a serial column, with the same
/// column recognition and --columns mapping; each row cited as file.xlsx:Sheet!N. Sheets are streamed, so a
/// 200,000-row sheet costs the memory of its shared strings only. A workbook that is malformed or hostile (a zip bomb,
/// gigabytes of shared strings, a DTD) is one input error, after the rows read before it.
/// </summary>
public static class InventoryXlsxReader
{
    /// <param name="zip">The file, seekable; left open.</param>
    /// <param name="mapping">Headers the user named for column roles (--columns), or null.</param>
    /// <returns>Whether the zip is a workbook, and the number of data rows read (malformed ones included).</returns>
    public static (bool IsWorkbook, long Rows) Read(Stream zip, string source, IEvidenceSink sink, ColumnMapping? mapping = null)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(sink);
        var file = new SourceLocation(source, null);
        var progress = new WorkbookProgress(source);
        WorkbookPackage? package = null;
        try
        {
            package = WorkbookPackage.Open(zip);
            if (package.WorkbookPart() is not { } workbookPart)
            {
                sink.Reject(new InputError(file, ZipContents.Describe(package.PartNames)));
                return (false, 0);
            }

            progress.IsWorkbook = true;
            WorkbookParts parts = WorkbookParts.Read(package, workbookPart);
            CellStyles styles = parts.Styles is { } stylesPart ? CellStyles.Read(package, stylesPart) : CellStyles.None;
            SharedStrings strings = parts.SharedStrings is { } stringsPart ? SharedStrings.Read(package, stringsPart) : SharedStrings.Empty;
            foreach ((string name, string part) in parts.Sheets)
            {
                using var sheet = new SheetReader(package, part, strings, styles, parts.Date1904);
                progress.Sheet = name;
                WorksheetInventory.Read(sheet, progress, sink, mapping);
            }

            RejectUnread(parts, progress, file, sink, mapping);
            return (true, progress.Rows);
        }
        catch (Exception e) when (e is WorkbookException or XmlException or InvalidDataException)
        {
            string problem = e switch
            {
                XmlException xml => WorkbookXml.Problem(package?.OpenedPart ?? "a part", xml),
                InvalidDataException when package?.OpenedPart is { } part => $"{part} cannot be inflated ({e.Message})",
                InvalidDataException => $"a zip archive that cannot be read ({e.Message})",
                _ => e.Message,
            };
            sink.Reject(new InputError(progress.Location ?? file, $"{problem}; the rest of the workbook is not read"));
            return (progress.IsWorkbook, progress.Rows);
        }
        finally
        {
            package?.Dispose();
        }
    }

    // A workbook whose sheets gave no serial column, or only a header, is one input error, as a CSV's would be.
    private static void RejectUnread(WorkbookParts parts, WorkbookProgress progress, SourceLocation file, IEvidenceSink sink, ColumnMapping? mapping)
    {
        if (progress.InventorySheets > 0)
        {
            if (progress.Rows == 0)
            {
                sink.Reject(new InputError(file, "the workbook has a header but no data rows"));
            }

            return;
        }

        string sheets = parts.Sheets.Count == 0
            ? "it has no worksheet"
            : "sheets: " + string.Join("; ", progress.FirstRows.Select(s => $"'{s.Sheet}' ({(s.FirstRow is { } row ? "first row: " + Shorten(row) : "empty")})"));
        string expected = mapping?.HeaderFor("serial") is { } named
            ? $"the --columns mapping names the serial column '{named}', which no sheet's header row has"
            : string.Create(CultureInfo.InvariantCulture, $"no sheet has a serial column in its first {WorkbookLimits.HeaderSearchRows} rows (expected one of: {InventoryColumns.SerialColumnExamples}; for other names, or another language, map them with --columns serial=HEADER,name=HEADER,model=HEADER,site=HEADER)");
        sink.Reject(new InputError(file, $"{expected}; {sheets}"));
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
