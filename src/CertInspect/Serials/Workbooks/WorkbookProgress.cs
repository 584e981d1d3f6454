using CertInspect.Evidence;

namespace CertInspect.Serials.Workbooks;

/// <summary>
/// How far reading a workbook got: the sheet and row being read (an error that stops the reading names them), the
/// data rows read, the sheets that were inventories, and each other sheet's first row (for the error that says no
/// sheet has a serial column).
/// </summary>
internal sealed class WorkbookProgress(string source)
{
    private readonly List<(string Sheet, string? FirstRow)> _firstRows = [];

    public string Source { get; } = source;

    public bool IsWorkbook { get; set; }

    /// <summary>The sheet being read.</summary>
    public string? Sheet { get; set; }

    /// <summary>The row being read of the current sheet (its number is set before its cells are read); null between sheets.</summary>
    public SheetRow? Row { get; set; }

    public long Rows { get; set; }

    public int InventorySheets { get; set; }

    public IReadOnlyList<(string Sheet, string? FirstRow)> FirstRows => _firstRows;

    /// <summary>Where reading stopped: the sheet's row, or the file when no row was being read.</summary>
    public SourceLocation? Location => Sheet is not null && Row is { Number: > 0 } row ? new SourceLocation(Source, row.Number) { Sheet = Sheet } : null;

    public void NoHeader(string sheet, string? firstRow) => _firstRows.Add((sheet, firstRow));
}
