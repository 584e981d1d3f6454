using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace CertInspect.Tests.Serials.Workbooks;

/// <summary>
/// Workbooks made by the tests, part by part, so that each test shows the XML it reads: a zip of the given parts
/// (ZipArchive), or the parts of a minimal workbook whose sheets hold the given rows.
/// </summary>
internal static class TestWorkbook
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    public static byte[] Zip(IEnumerable<(string Name, string Text)> parts)
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string name, string text) in parts)
            {
                using Stream entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return bytes.ToArray();
    }

    /// <summary>The parts of a workbook with the given sheets (name, sheetData's rows as XML), shared strings and styles.</summary>
    public static List<(string Name, string Text)> Parts(IReadOnlyList<(string Name, string Rows)> sheets, string? sharedStrings = null, string? styles = null, string workbookPr = "")
    {
        var parts = new List<(string, string)>
        {
            ("[Content_Types].xml", Declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("_rels/.rels", Declaration + $"<Relationships xmlns=\"{PackageRelationships}\"><Relationship Id=\"rId1\" Type=\"{Relationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
        };
        var workbook = new StringBuilder(Declaration + $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\">{workbookPr}<sheets>");
        var rels = new StringBuilder(Declaration + $"<Relationships xmlns=\"{PackageRelationships}\">");
        for (int i = 1; i <= sheets.Count; i++)
        {
            workbook.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{sheets[i - 1].Name}\" sheetId=\"{i}\" r:id=\"rId{i}\"/>");
            rels.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{i}\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>");
            parts.Add(($"xl/worksheets/sheet{i}.xml", Sheet(sheets[i - 1].Rows)));
        }

        if (sharedStrings is not null)
        {
            rels.Append($"<Relationship Id=\"rIdS\" Type=\"{Relationships}/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            parts.Add(("xl/sharedStrings.xml", Declaration + $"<sst xmlns=\"{Main}\">{sharedStrings}</sst>"));
        }

        if (styles is not null)
        {
            rels.Append($"<Relationship Id=\"rIdT\" Type=\"{Relationships}/styles\" Target=\"/xl/styles.xml\"/>");
            parts.Add(("xl/styles.xml", Declaration + $"<styleSheet xmlns=\"{Main}\">{styles}</styleSheet>"));
        }

        parts.Add(("xl/workbook.xml", workbook.Append("</sheets></workbook>").ToString()));
        parts.Add(("xl/_rels/workbook.xml.rels", rels.Append("</Relationships>").ToString()));
        return parts;
    }

    public static byte[] Workbook(params (string Name, string Rows)[] sheets) => Zip(Parts(sheets));

    public static string Sheet(string rows) =>
        Declaration + $"<worksheet xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheetData>{rows}</sheetData></worksheet>";

    /// <summary>A row of inline-string cells from column A; null leaves a cell out.</summary>
    public static string Row(int number, params string?[] cells)
    {
        var row = new StringBuilder();
        row.Append(CultureInfo.InvariantCulture, $"<row r=\"{number}\">");
        for (int i = 0; i < cells.Length; i++)
        {
            if (cells[i] is { } text)
            {
                row.Append(CultureInfo.InvariantCulture, $"<c r=\"{(char)('A' + i)}{number}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(text)}</t></is></c>");
            }
        }

        return row.Append("</row>").ToString();
    }
}
