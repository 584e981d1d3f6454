using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace CertInspect.Reporting.Xlsx;

/// <summary>
/// A SpreadsheetML workbook (ECMA-376, the .xlsx format) written as a zip stream: each sheet is compressed as it is
/// written, so a million rows cost no memory, and the parts that list the sheets (workbook, relationships, content
/// types) and the styles are written last. Measured against the SDKs served here (README "xlsx"), this is what keeps
/// a million-device workbook inside the audit's memory budget.
/// </summary>
public sealed class XlsxWorkbook : IDisposable
{
    internal const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly ZipArchive _zip;
    private readonly List<SheetPart> _sheets = [];
    private readonly int _maxRows;

    /// <param name="maxRows">Rows per sheet before it continues in another; Excel's limit unless a test wants fewer.</param>
    public XlsxWorkbook(Stream output, int maxRows = XlsxSheet.MaxRows)
    {
        ArgumentNullException.ThrowIfNull(output);
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        _maxRows = maxRows;
    }

    /// <summary>Starts a sheet; dispose it (or start the next) before another sheet is started.</summary>
    public XlsxSheet StartSheet(string name, IReadOnlyList<XlsxColumn> columns) => new(this, name, columns, _maxRows);

    /// <summary>Writes the parts that list the sheets, the named one first (the tab a reader opens on).</summary>
    public void Finish(string firstSheet)
    {
        List<SheetPart> ordered = [.. _sheets.Where(s => s.Name == firstSheet), .. _sheets.Where(s => s.Name != firstSheet)];
        var workbook = new StringBuilder();
        workbook.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"{MainNamespace}\" xmlns:r=\"{RelationshipNamespace}\"><sheets>");
        for (int i = 0; i < ordered.Count; i++)
        {
            workbook.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{Escape(ordered[i].Name)}\" sheetId=\"{ordered[i].File}\" r:id=\"rId{ordered[i].File}\"/>");
        }

        workbook.Append("</sheets><definedNames>");
        for (int i = 0; i < ordered.Count; i++)
        {
            // The filter's range, as Excel itself records it.
            workbook.Append(CultureInfo.InvariantCulture, $"<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"{i}\" hidden=\"1\">'{Escape(ordered[i].Name.Replace("'", "''", StringComparison.Ordinal))}'!$A$1:${ColumnName(ordered[i].Columns)}${ordered[i].Rows}</definedName>");
        }

        workbook.Append("</definedNames></workbook>");
        Entry("xl/workbook.xml", workbook.ToString());

        var relationships = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        foreach (SheetPart sheet in _sheets)
        {
            relationships.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{sheet.File}\" Type=\"{RelationshipNamespace}/worksheet\" Target=\"worksheets/sheet{sheet.File}.xml\"/>");
        }

        relationships.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{_sheets.Count + 1}\" Type=\"{RelationshipNamespace}/styles\" Target=\"styles.xml\"/></Relationships>");
        Entry("xl/_rels/workbook.xml.rels", relationships.ToString());
        Entry("xl/styles.xml", XlsxStyles.Xml());
        Entry("_rels/.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{RelationshipNamespace}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");

        var types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        foreach (SheetPart sheet in _sheets)
        {
            types.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/xl/worksheets/sheet{sheet.File}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }

        types.Append("</Types>");
        Entry("[Content_Types].xml", types.ToString());
    }

    /// <summary>Closes the zip. A workbook not finished (an error while writing) has no sheets list: the caller
    /// discards it (a report file is written beside its target and only renamed when whole).</summary>
    public void Dispose() => _zip.Dispose();


    /// <summary>The column letters of a 1-based column number: 1 → A, 27 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return name.ToString();
    }

    internal Stream OpenSheetEntry(string name, int columns)
    {
        _sheets.Add(new SheetPart(name, _sheets.Count + 1, columns));
        return CreateEntry($"xl/worksheets/sheet{_sheets.Count}.xml").Open();
    }

    internal void SheetClosed(int rows) => _sheets[^1] = _sheets[^1] with { Rows = rows };

    private void Entry(string path, string content)
    {
        using Stream entry = CreateEntry(path).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }

    // Every entry carries the same fixed time, the earliest a zip can state: the workbook's bytes depend on the
    // report alone, never on the clock (the same audit twice gives the same file).
    private ZipArchiveEntry CreateEntry(string path)
    {
        ZipArchiveEntry entry = _zip.CreateEntry(path, CompressionLevel.Fastest);
        entry.LastWriteTime = _zipEpoch;
        return entry;
    }

    private static readonly DateTimeOffset _zipEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static string Escape(string text) => SecurityElement.Escape(text);

    private sealed record SheetPart(string Name, int File, int Columns)
    {
        public int Rows { get; init; } = 1;
    }
}
