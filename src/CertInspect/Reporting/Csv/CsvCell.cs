namespace CertInspect.Reporting.Csv;

/// <summary>RFC 4180 quoting and records, and neutralising of cells a spreadsheet would run as a formula.</summary>
internal static class CsvCell
{
    // OWASP "CSV injection": a cell starting with one of these is a formula to Excel and LibreOffice.
    private static readonly char[] _formulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Text that came from the input or from messages: a leading formula character gets a quote mark.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        string safe = StartsFormula(value[0]) ? "'" + value : value;
        return Quote(safe);
    }

    /// <summary>Whether a cell starting with this character needs the guarding quote mark (every one is ASCII, so the
    /// first byte of a UTF-8 cell tells).</summary>
    public static bool StartsFormula(char first) => Array.IndexOf(_formulaStarts, first) >= 0;

    /// <summary>A value CertInspect formats itself (numbers, dates, ids): only quoted if needed, never altered.</summary>
    public static string Value(string? value) => string.IsNullOrEmpty(value) ? string.Empty : Quote(value);

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>One record: the cells, comma-separated, then CRLF (RFC 4180). Cell by cell: joining a million rows
    /// into strings first doubled the copying (measured with bench/run).</summary>
    public static void WriteRow(TextWriter output, IEnumerable<string> cells)
    {
        bool first = true;
        foreach (string cell in cells)
        {
            if (!first)
            {
                output.Write(',');
            }

            output.Write(cell);
            first = false;
        }

        output.Write("\r\n");
    }
}
