namespace CertInspect.Serials.Workbooks;

/// <summary>
/// How much of a workbook is read before it counts as hostile. Excel's own limits (ECMA-376 and "Excel
/// specifications and limits") bound what a real workbook holds; the rest bounds what a zip may inflate to, so that a
/// zip bomb or gigabytes of shared strings end as one input error in bounded time and memory.
/// </summary>
internal static class WorkbookLimits
{
    /// <summary>A workbook has a few parts per sheet; a zip with more entries is not read (its directory alone would fill memory).</summary>
    public const int MaxEntries = 10_000;

    /// <summary>No part of a workbook is read past this many inflated bytes.</summary>
    public const long MaxPartBytes = 1L << 30;

    /// <summary>
    /// Past <see cref="RatioFreeBytes"/>, a part may inflate to at most this many times its compressed size: Apache
    /// POI's bound (ZipSecureFile, a minimum inflate ratio of 0.01). Real parts stay far below it (the 200,000-row
    /// benchmark workbook: sheet 7.3, shared strings 10.2; a million empty styled cells: 8.8); deflate's ceiling,
    /// which zip bombs reach, is about 1,000.
    /// </summary>
    public const int MaxInflateRatio = 100;

    /// <summary>What any part may inflate to whatever its ratio.</summary>
    public const long RatioFreeBytes = 16L << 20;

    /// <summary>The shared-strings table is held in memory (cells name its entries by index): at most this much text, as UTF-8.</summary>
    public const int MaxSharedStringBytes = 128 << 20;

    /// <summary>At most this many shared strings.</summary>
    public const int MaxSharedStrings = 8 << 20;

    /// <summary>Excel's limit for the text of one cell.</summary>
    public const int MaxCellChars = 32_767;

    /// <summary>Excel's last column, XFD.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>Excel's last row.</summary>
    public const long MaxRows = 1_048_576;

    /// <summary>Excel's limit on cell formats (cellXfs) is 64,000.</summary>
    public const int MaxCellFormats = 65_536;

    /// <summary>The rows above the header that a sheet may have (a report's title lines), as for CSVs.</summary>
    public const int HeaderSearchRows = 30;
}
