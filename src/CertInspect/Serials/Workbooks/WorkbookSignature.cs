namespace CertInspect.Serials.Workbooks;

/// <summary>
/// What the first bytes of a file say about it being a spreadsheet: a zip (an .xlsx is one, ECMA-376 Part 2 §8), or
/// an OLE2 compound file, the container of Excel 97-2003 workbooks (.xls, [MS-CFB] §2.2) that CertInspect does not read.
/// </summary>
public static class WorkbookSignature
{
    // PKWARE APPNOTE.TXT §4.3.7 (a local file header) and §4.3.16 (the end record of an empty zip).
    private static ReadOnlySpan<byte> ZipEntry => "PK\u0003\u0004"u8;

    private static ReadOnlySpan<byte> EmptyZip => "PK\u0005\u0006"u8;

    // [MS-CFB] §2.2: the compound file header signature.
    private static ReadOnlySpan<byte> CompoundFile => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // [MS-XLS] §2.1.2: a workbook's stream is "Workbook" (BIFF8) or "Book" (BIFF5); directory entry names are UTF-16LE.
    private static ReadOnlySpan<byte> WorkbookStream => "W\0o\0r\0k\0b\0o\0o\0k\0"u8;

    private static ReadOnlySpan<byte> WordStream => "W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0"u8;

    public static bool IsZip(ReadOnlySpan<byte> head) => head.StartsWith(ZipEntry) || head.StartsWith(EmptyZip);

    /// <summary>The input error for an OLE2 compound file (an Excel 97-2003 .xls, ...); null for anything else.</summary>
    public static string? LegacyOffice(ReadOnlySpan<byte> head)
    {
        if (!head.StartsWith(CompoundFile))
        {
            return null;
        }

        string kind = head.IndexOf(WorkbookStream) >= 0 ? "an Excel 97-2003 workbook (.xls)"
            : head.IndexOf(WordStream) >= 0 ? "a Word 97-2003 document (.doc)"
            : "an Office 97-2003 file (OLE2 compound file; an .xls workbook is one)";
        return $"{kind}: CertInspect reads Excel workbooks as .xlsx only; save it as .xlsx or CSV";
    }
}
