namespace CertInspect.Reporting.Table;

/// <summary>
/// Rows of aligned columns whose last column is prose (a diff's findings, a rule's title), for a terminal: at a width
/// the columns empty for every row and then whole columns give way (<see cref="TableLayout"/>), and the last column's
/// text wraps between words within its column, each continuation line starting under the column. The first column
/// is never cut. Without a width every row is one line, for grep.
/// </summary>
public sealed class WrappedTable
{
    private readonly IReadOnlyList<string> _headers;
    private readonly IReadOnlyList<string[]> _rows;
    private readonly TableLayout _layout;

    private WrappedTable(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, TableLayout layout) =>
        (_headers, _rows, _layout) = (headers, rows, layout);

    /// <summary>The header's line.</summary>
    public IEnumerable<string> Header => Lines([.. _headers]);

    /// <summary>The headers of the columns left out to fit (not of those empty for every row).</summary>
    public IReadOnlyList<string> LeftOut => [.. _headers.Where((_, i) => !_layout.Shows(i) && _rows.Any(r => r[i].Length > 0))];

    /// <summary>Where the second column starts: lines under a row that belong to it start there.</summary>
    public int SecondColumn => _layout.Widths[0] + TableLayout.Gap;

    /// <param name="giveWay">The columns that may be left out at a width, first to go first.</param>
    public static WrappedTable Fit(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, IReadOnlyList<int> giveWay, int? width)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        int first = rows.Select(r => r[0].Length).DefaultIfEmpty(0).Max();
        return new WrappedTable(headers, rows, TableLayout.Fit(headers, rows, giveWay, keyColumn: 0, keyLeast: first, width));
    }

    /// <summary>The lines of the row at <paramref name="index"/>.</summary>
    public IEnumerable<string> Row(int index) => Lines(_rows[index]);

    private IEnumerable<string> Lines(string[] cells)
    {
        var line = new System.Text.StringBuilder();
        int last = Enumerable.Range(0, cells.Length).Last(_layout.Shows);
        for (int i = 0; i < last; i++)
        {
            if (_layout.Shows(i))
            {
                line.Append(cells[i].PadRight(_layout.Widths[i])).Append(' ', TableLayout.Gap);
            }
        }

        // The last column starts where the others end: its continuation lines start there too.
        int start = line.Length;
        bool firstLine = true;
        foreach (string part in HangingIndent.Wrap(string.Empty, cells[last], 0, _layout.Widths[last]))
        {
            yield return ((firstLine ? line.ToString() : new string(' ', start)) + part).TrimEnd();
            firstLine = false;
        }
    }
}
