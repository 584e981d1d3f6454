using System.Text;

namespace CertInspect.Serials.Workbooks;

/// <summary>
/// One row of a sheet as read: its number, its non-empty cells by column (in the order the sheet gives them), and why
/// it cannot be read when it cannot (a cell or the row too long). Reused from row to row.
/// </summary>
internal sealed class SheetRow
{
    private readonly List<(int Column, string Text)> _cells = [];

    // Where each column's cell is in _cells, valid where its stamp is this row's: a lookup costs the same however
    // wide the row (a hostile one has 16,384 cells, each looked up for its column's role).
    private readonly int[] _slot = new int[WorkbookLimits.MaxColumns];
    private readonly int[] _stamp = new int[WorkbookLimits.MaxColumns];
    private int _generation;

    public long Number { get; private set; }

    public IReadOnlyList<(int Column, string Text)> Cells => _cells;

    /// <summary>The characters of the row's cells, counted past what is kept.</summary>
    public long Characters { get; private set; }

    /// <summary>Why the row is not read; null when it is.</summary>
    public string? Problem { get; set; }

    public bool IsBlank => Problem is null && _cells.TrueForAll(c => string.IsNullOrWhiteSpace(c.Text));

    public void Start(long number)
    {
        Number = number;
        _cells.Clear();
        _generation++;
        Characters = 0;
        Problem = null;
    }

    public void Add(int column, string text)
    {
        Characters += text.Length;
        if (Problem is null && text.Length > 0)
        {
            // A second cell for a column (malformed) replaces the first, as Excel would show one.
            if (_stamp[column] == _generation)
            {
                _cells[_slot[column]] = (column, text);
                return;
            }

            _stamp[column] = _generation;
            _slot[column] = _cells.Count;
            _cells.Add((column, text));
        }
    }

    /// <summary>The cell text at column, trimmed; null when empty or blank, or when the role has no column.</summary>
    public string? Cell(int? column) =>
        column is { } index && RawCell(index).Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The cell text at column as the sheet has it, spaces and all (a serial's are noted when removed); empty when none.</summary>
    public string RawCell(int column) =>
        column >= 0 && column < _stamp.Length && _stamp[column] == _generation ? _cells[_slot[column]].Text : string.Empty;

    /// <summary>The cells by column from the first, empty where the sheet has none: a header row's names.</summary>
    public List<string> ByColumn()
    {
        int width = _cells.Count == 0 ? 0 : _cells.Max(c => c.Column) + 1;
        var values = new List<string>(Enumerable.Repeat(string.Empty, width));
        foreach ((int column, string text) in _cells)
        {
            values[column] = text.Trim();
        }

        return values;
    }

    /// <summary>The row as a CSV line, as the report quotes an inventory row: the cells from the first column to the last.</summary>
    public string AsCsv()
    {
        var line = new StringBuilder();
        int previous = 0;
        foreach ((int column, string text) in _cells.OrderBy(c => c.Column))
        {
            // A separator for each column passed: ",,x" for a first cell in column C.
            line.Append(',', Math.Max(column - previous, 0));
            previous = column;
            bool quote = text.AsSpan().IndexOfAny(",\"\r\n") >= 0;
            line.Append(quote ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text);
        }

        return line.ToString();
    }
}
