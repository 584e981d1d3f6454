namespace CertInspect.Reporting.Table;

/// <summary>
/// Which columns of the table's device rows are shown at a width, and how wide each is. A column empty for every row
/// goes first; then whole columns give way, in a fixed order, until the rest fits; the last column, a list whose every entry is spelt out in the lines below the
/// row, keeps a least width and takes the room left, its cells cut with an ellipsis. The key column may be cut only
/// where it is no serial (a long "mac:…" or "cert:…" key); the other columns are never cut, so a serial, a date or a
/// count of days is always whole. A width too narrow for those gets rows longer than it, never cut values.
/// </summary>
/// <param name="Widths">Each column's width; 0 for a column left out.</param>
public sealed record TableLayout(IReadOnlyList<int> Widths)
{
    /// <summary>Between two columns.</summary>
    public const int Gap = 2;

    /// <summary>The least width of the last column that is worth showing: a rule id and its ellipsis.</summary>
    public const int LeastLastColumn = 20;

    /// <summary>Whether the column is shown.</summary>
    public bool Shows(int column) => Widths[column] > 0;

    /// <summary>The layout of <paramref name="rows"/> under <paramref name="headers"/>.</summary>
    /// <param name="giveWay">The columns that may be left out, first to go first; the last column may be among them.</param>
    /// <param name="keyColumn">The column of the key, which may be cut down to <paramref name="keyLeast"/>.</param>
    /// <param name="width">The width to fit; null: every column whole.</param>
    public static TableLayout Fit(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, IReadOnlyList<int> giveWay, int keyColumn, int keyLeast, int? width)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(giveWay);
        int last = headers.Count - 1;
        int[] widths = [.. headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length)))];
        if (width is not { } fit)
        {
            return new TableLayout(widths);
        }

        // Nothing to show in it: no room taken (a capture-only fleet has no build week, an inventory no trust end).
        for (int column = 0; column < widths.Length && rows.Count > 0; column++)
        {
            if (rows.All(r => r[column].Length == 0))
            {
                widths[column] = 0;
            }
        }

        int natural = widths[last];
        int Total() => widths.Where(w => w > 0).Sum() + (Gap * (widths.Count(w => w > 0) - 1));

        // The last column counts at its least while the others decide whether they fit.
        widths[last] = Math.Min(natural, Math.Max(LeastLastColumn, headers[last].Length));
        foreach (int column in giveWay)
        {
            if (Total() <= fit)
            {
                break;
            }

            widths[column] = 0;
        }

        if (widths[last] > 0)
        {
            widths[last] = Math.Min(natural, widths[last] + Math.Max(0, fit - Total()));
        }

        int over = Total() - fit;
        if (over > 0)
        {
            widths[keyColumn] = Math.Max(Math.Max(keyLeast, headers[keyColumn].Length), widths[keyColumn] - over);
        }

        return new TableLayout(widths);
    }
}
