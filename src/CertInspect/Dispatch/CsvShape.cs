using System.Text.RegularExpressions;
using CertInspect.Serials;

namespace CertInspect.Dispatch;

/// <summary>
/// What makes text a CSV inventory: a header row with a serial column (within the first lines: reports put titles
/// above it), or a first line whose separators the lines under it repeat, cell for cell, like a table's rows. A
/// first line with a comma or a "|" alone is not one: an AP's show version ("Cisco AP Software, (ap3g3), …"), a CA's
/// information page and a field notice's revision table have them too.
/// </summary>
internal static partial class CsvShape
{
    private static readonly char[] _separators = [',', ';', '\t', '|'];

    private const int HeaderSearchLines = 30;

    /// <summary>How many lines under a header are looked at, and how many of them must have its cells.</summary>
    private const int RowSample = 10;

    /// <summary>A longer cell is text, not a column's header.</summary>
    private const int LongestHeaderCell = 40;

    public static bool IsSeparator(char c) => Array.IndexOf(_separators, c) >= 0;

    /// <summary>The separator that occurs most outside quoted text, preferring the earlier in , ; tab | on a tie.</summary>
    public static char? SeparatorOf(string line)
    {
        Span<int> counts = stackalloc int[_separators.Length];
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                int index = Array.IndexOf(_separators, c);
                if (index >= 0)
                {
                    counts[index]++;
                }
            }
        }

        int best = -1;
        for (int i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best]))
            {
                best = i;
            }
        }

        return best < 0 ? null : _separators[best];
    }

    /// <summary>The first row, within the first lines, that names a serial column (directly or through --columns).</summary>
    public static (char Separator, int Index)? HeaderRow(string[] lines, ColumnMapping? columns, string excelSeparatorHint)
    {
        for (int i = 0; i < Math.Min(lines.Length, HeaderSearchLines); i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.TrimStart().StartsWith(excelSeparatorHint, StringComparison.OrdinalIgnoreCase))
            {
                // Excel's separator hint decides the separator: the line-by-line reading honours it.
                return null;
            }

            if (SeparatorOf(line) is { } separator && !IsFlattenedTable(line)
                && InventoryColumns.Map(line.Split(separator).Select(c => c.Trim().Trim('"')).ToList(), columns) is not null)
            {
                return (separator, i);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the line at <paramref name="index"/> heads a table of <paramref name="separator"/>-separated cells: two
    /// named cells at least, none of them a sentence, and the lines under it (if any) mostly with as many cells. A
    /// header alone is taken at its word (a CSV exported with no rows yet).
    /// </summary>
    public static bool HeadsATable(string[] lines, int index, char separator)
    {
        string header = lines[index].TrimEnd('\r');
        string[] named = [.. header.Split(separator).Select(c => c.Trim().Trim('"')).Where(c => c.Length > 0)];
        if (named.Length < 2 || IsFlattenedTable(header) || named.Any(c => c.Length > LongestHeaderCell || c.EndsWith('.') || c.Count(ch => ch == ' ') > 4))
        {
            return false;
        }

        var rows = lines.Skip(index + 1).Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).Take(RowSample).ToList();
        if (rows.Count == 0)
        {
            return true;
        }

        int cells = CellCount(header, separator);
        int alike = rows.Count(r => CellCount(r, separator) == cells);
        return alike * 3 >= rows.Count * 2;
    }

    /// <summary>A document's table whose rows a copy joined onto one line: a Markdown rule cell ("| :--- |") among
    /// its cells, rows set apart by "| |". Its "Serial Number" cell is a field's name, not a column's.</summary>
    public static bool IsFlattenedTable(string line) => line.Contains('|', StringComparison.Ordinal) && FlattenedTable().IsMatch(line);

    // The names of a catalogue's columns (a PID's OS, platform, model): a list of product types, not of devices.
    private static readonly string[] _catalogueColumns =
        ["pid", "product id", "product", "model", "submodel", "platform", "os", "software", "family", "series", "description", "type"];

    /// <summary>A header whose every column describes a product type (unicon's pid_tokens.csv: pid, os, platform,
    /// model, submodel): there is no column to map to a serial, a name or a MAC.</summary>
    public static bool IsCatalogue(string header, char separator) =>
        header.Split(separator).Select(c => c.Trim().Trim('"')).Where(c => c.Length > 0)
            .All(c => _catalogueColumns.Contains(c, StringComparer.OrdinalIgnoreCase));

    [GeneratedRegex(@"\|\s*:?-{3,}:?\s*\|.*\|\s+\|", RegexOptions.CultureInvariant)]
    private static partial Regex FlattenedTable();

    // Cells of a CSV line: separators outside quoted text, plus one.
    private static int CellCount(string line, char separator)
    {
        int count = 1;
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                count++;
            }
        }

        return count;
    }
}
