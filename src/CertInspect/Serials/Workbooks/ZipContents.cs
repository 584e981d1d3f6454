using System.Globalization;

namespace CertInspect.Serials.Workbooks;

/// <summary>What a zip that is not an Excel workbook is, said from its parts, for the input error that refuses it.</summary>
internal static class ZipContents
{
    // The main part of each other Office Open XML and OpenDocument kind (ECMA-376 Part 1 §11-13; OASIS ODF 1.2 Part 3 §3.3).
    private static readonly (string Part, string Kind)[] _kinds =
    [
        ("word/document.xml", "a Word document (.docx)"),
        ("ppt/presentation.xml", "a PowerPoint presentation (.pptx)"),
        ("visio/document.xml", "a Visio drawing (.vsdx)"),
        ("content.xml", "an OpenDocument file (.ods, .odt): save it as .xlsx or CSV"),
    ];

    public static string Describe(IEnumerable<string> parts)
    {
        List<string> names = [.. parts];
        foreach ((string part, string kind) in _kinds)
        {
            if (names.Contains(part, StringComparer.OrdinalIgnoreCase))
            {
                return $"{kind}, not an Excel workbook: a kind of input CertInspect does not read (it reads serial lists, CSV and .xlsx inventories, certificates and console captures)";
            }
        }

        string listed = string.Join(", ", names.Take(3)) + (names.Count > 3 ? ", ..." : string.Empty);
        return names.Count == 0
            ? "an empty zip archive"
            : string.Create(CultureInfo.InvariantCulture, $"a zip archive of {names.Count} files ({listed}), not an Excel workbook (it has no xl/workbook.xml): unzip it and give CertInspect the files inside");
    }
}
